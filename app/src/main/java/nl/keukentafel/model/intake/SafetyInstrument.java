package nl.keukentafel.model.intake;

/** The instrument the assessment follows; the record's fields fit all of them. */
public enum SafetyInstrument { LIRIK, ARIJ, SIGNS_OF_SAFETY, OTHER }
