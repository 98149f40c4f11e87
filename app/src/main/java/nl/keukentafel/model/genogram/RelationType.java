package nl.keukentafel.model.genogram;

/**
 * An emotional relation between two people. For ABUSE, NEGLECT and CARETAKING the direction matters: from the one who
 * acts to the one it is aimed at (the victim, the one cared for).
 */
public enum RelationType {
    CLOSE, FUSED, DISTANT, CONFLICT, HOSTILE, CUT_OFF, REPAIRED, ABUSE, NEGLECT, CARETAKING;

    /** Drawn with an arrow toward {@code to}. */
    public boolean directed() {
        return this == ABUSE || this == NEGLECT || this == CARETAKING;
    }
}
