package nl.keukentafel.logic.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * What is still open in an intake (ADR 0003): members not spoken with and no reason, domains not handled, children
 * without a safety assessment, professionals missing by the rules of thumb, sharing without recorded consent, and
 * typed values that are wrong (a consent ending before it starts, an assessment dated before the child's birth, a
 * score outside 1–5). Computed from the records, never stored. The start of the dossier check. Stateless.
 */
public final class IntakeCheck {
    private IntakeCheck() {
    }

    /** The open items in panel order. */
    public static List<OpenItem> check(IntakeState state, LocalDate today) {
        return List.of();
    }
}
