package nl.keukentafel.logic.check;

/** A criterion's verdict on one dossier. */
public enum Verdict {
    /** Nothing open (findings that a consultant recorded as deliberate exceptions count as met). */
    MET,
    /** At least one open finding. */
    NOT_MET,
    /** The dossier has not reached the phase the criterion judges (e.g. evaluations in phase 1). */
    NOT_YET_APPLICABLE
}
