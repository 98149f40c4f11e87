package nl.keukentafel.logic.check;

/** A finding that a recorded exception covers: shown as met, with the exception's reason. Immutable. */
public record WaivedFinding(Finding finding, Waiver waiver) {
}
