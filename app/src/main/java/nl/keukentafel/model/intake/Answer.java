package nl.keukentafel.model.intake;

/** An answer to one of the Meldcode's weighing questions. */
public enum Answer { YES, NO, UNKNOWN }
