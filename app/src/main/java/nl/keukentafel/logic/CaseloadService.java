package nl.keukentafel.logic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.CaseloadQuery;
import nl.keukentafel.store.Vault;

/**
 * The consultant's families: search, create, archive. "Open punten" is the dossier check's count on today's date
 * ({@link OpenPoints}), so it never goes stale overnight. Thread-safe.
 */
public final class CaseloadService {
    static final int LIST_LIMIT = 500;
    /** The caseload's order: planned visits soonest first, then most open points, then name; archived last. */
    private static final Comparator<Entry> ORDER = Comparator.comparing((Entry entry) -> entry.row().archived())
            .thenComparing(entry -> entry.row().nextVisit(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingInt(Entry::openCount).reversed())
            .thenComparing(entry -> entry.row().householdName(), String.CASE_INSENSITIVE_ORDER);
    private final Vault vault;
    private final OpenPoints openPoints;
    private final Clock clock;

    /**
     * One family in the list with its check: the count of open findings, the worst criterion's name ("T3") and whether
     * the next evaluation is overdue as the check counts it.
     */
    public record Entry(CaseloadQuery.Row row, int openCount, Optional<String> worst, boolean evaluationOverdue) {
    }

    public CaseloadService(Vault vault, OpenPoints openPoints, Clock clock) {
        this.vault = vault;
        this.openPoints = openPoints;
        this.clock = clock;
    }

    /** Families matching every word of {@code query}; archived ones only when asked for. {@code openPoints} is the check's count. */
    public List<CaseloadQuery.Row> search(String query, boolean includeArchived) {
        return entries(query, includeArchived).stream().map(entry -> withCount(entry.row(), entry.openCount())).toList();
    }

    /** As {@link #search}, with each family's worst criterion for the column's tooltip. */
    public List<Entry> entries(String query, boolean includeArchived) {
        LocalDate today = LocalDate.now(clock);
        return vault.caseload().search(query, includeArchived, LIST_LIMIT).stream().map(row -> {
            OpenPoints.Count count = openPoints.count(row, today);
            return new Entry(row, count.open(), count.worst(), count.evaluationOverdue());
        }).sorted(ORDER).toList();
    }

    private static CaseloadQuery.Row withCount(CaseloadQuery.Row row, int count) {
        return new CaseloadQuery.Row(row.dossierId(), row.householdName(), row.address(), row.memberCount(), row.nextVisit(), count,
                row.archived(), row.updatedAt(), row.nextEvaluation());
    }

    /** A new family dossier; the returned id is the dossier id. */
    public CompletableFuture<UUID> createFamily(String householdName) {
        return vault.records().create(RecordKind.FAMILY, null, Map.of(Family.Field.HOUSEHOLD_NAME, householdName,
                Family.Field.ARCHIVED, false)).thenApply(RecordRef::id);
    }

    public CompletableFuture<Boolean> setArchived(UUID dossierId, boolean archived) {
        return vault.records().patch(new RecordRef(RecordKind.FAMILY, dossierId, dossierId),
                Map.of(Family.Field.ARCHIVED, archived));
    }
}
