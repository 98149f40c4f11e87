package nl.keukentafel.model.intake;

/** Whether the consultant spoke with a family member during the intake. No value yet means "still open". */
public enum SpokenStatus { SPOKEN, SEEN_ONLY, NOT_SPOKEN }
