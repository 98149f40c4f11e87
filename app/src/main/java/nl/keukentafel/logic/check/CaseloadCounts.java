package nl.keukentafel.logic.check;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.keukentafel.logic.OpenPoints;
import nl.keukentafel.store.CaseloadQuery;

/**
 * The caseload's count per dossier from the dossier check, remembered until the dossier changes (its caseload row's
 * {@code updatedAt} moves on every write, sync pull and exception), the day changes (terms run out overnight) or the
 * terms change. A search as you type then checks only what changed. Thread-safe.
 */
public final class CaseloadCounts implements OpenPoints {
    private final DossierChecker checker;
    private final Map<UUID, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Instant updatedAt, LocalDate on, CheckSettings settings, Count count) {
    }

    public CaseloadCounts(DossierChecker checker) {
        this.checker = checker;
    }

    @Override
    public Count count(CaseloadQuery.Row row, LocalDate on) {
        CheckSettings settings = checker.settings();
        Remembered known = remembered.get(row.dossierId());
        if (known != null && known.updatedAt().equals(row.updatedAt()) && known.on().equals(on) && known.settings().equals(settings)) {
            return known.count();
        }
        Count count = of(checker.checkStored(row.dossierId(), on));
        remembered.put(row.dossierId(), new Remembered(row.updatedAt(), on, settings, count));
        return count;
    }

    static Count of(CheckReport report) {
        return new Count(report.openCount(), report.worst().map(Criterion::name), report.evaluationOverdue());
    }
}
