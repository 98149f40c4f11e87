package nl.keukentafel.model.plan;

/** Who put a goal into words: the werkwijze asks for the family's own goals. */
public enum VoicedBy { PARENT, CHILD, PROFESSIONAL, NETWORK }
