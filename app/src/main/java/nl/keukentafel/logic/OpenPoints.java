package nl.keukentafel.logic;

import java.time.LocalDate;
import java.util.Optional;
import nl.keukentafel.store.CaseloadQuery;

/**
 * The caseload's "Open punten" of one dossier: the dossier check's count of open findings and the worst criterion.
 * Implemented by logic.check (which builds on this package, so it is handed in by the composition root). It depends on
 * the day (terms run out), so it is asked for with the day. Thread-safe implementations.
 */
public interface OpenPoints {
    /**
     * What the caseload shows of one dossier's check; {@code worst} is a criterion's name ("T3"), empty when nothing is
     * open; {@code evaluationOverdue} whether the check finds the next evaluation overdue (the "te laat" mark).
     */
    record Count(int open, Optional<String> worst, boolean evaluationOverdue) {
        public static final Count NONE = new Count(0, Optional.empty(), false);
    }

    Count count(CaseloadQuery.Row row, LocalDate on);
}
