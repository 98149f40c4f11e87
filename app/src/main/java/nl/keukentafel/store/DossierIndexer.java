package nl.keukentafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Plan;

/**
 * Keeps the caseload index row of a dossier in step with its records, inside the caller's transaction,
 * so the list and its search never disagree with the dossier. Thread-safe (stateless but for the clock).
 */
public final class DossierIndexer {
    /** The kinds a caseload row is made of; the others (contacts, intake, genogram, ...) need not be read. */
    private static final Set<RecordKind> INDEXED = EnumSet.of(RecordKind.FAMILY, RecordKind.MEMBER, RecordKind.PLAN,
            RecordKind.CLOSURE);
    private static final String INDEXED_KINDS = INDEXED.stream().map(kind -> "'" + kind.code() + "'").collect(Collectors.joining(","));
    /** Dossiers per slice of a whole rebuild, so a vault of thousands never holds all their records in memory at once. */
    private static final int SLICE = 500;
    private final Clock clock;

    public DossierIndexer(Clock clock) {
        this.clock = clock;
    }

    /** Brings the dossier's caseload row in step, inside the caller's transaction; removes it when the family is gone. */
    public void reindex(Connection handle, UUID dossierId) throws SQLException {
        reindex(handle, List.of(dossierId));
    }

    /**
     * Brings the caseload rows of these dossiers in step, inside the caller's transaction: the same rows as one
     * {@link #reindex(Connection, UUID)} per dossier, but their records are read in one query over the list of ids
     * (only the kinds the row is made of) and the rows written as one batch, for the sync pull that touches dozens of
     * dossiers per page.
     */
    public void reindex(Connection handle, Collection<UUID> dossierIds) throws SQLException {
        reindex(handle, dossierIds, Map.of());
    }

    /**
     * As {@link #reindex(Connection, Collection)}, but a record in {@code inHand} (by id, as it now stands in this
     * transaction, e.g. just written by the sync pull) is taken from there instead of parsing its stored body again;
     * which records are live and belong to the dossier is still decided by the stored rows.
     */
    public void reindex(Connection handle, Collection<UUID> dossierIds, Map<UUID, StoredRecord> inHand) throws SQLException {
        reindex(handle, dossierIds, inHand, Set.of());
    }

    /**
     * As {@link #reindex(Connection, Collection, Map)}, where every record of the dossiers in {@code wholeInHand} is in
     * {@code inHand} (the sync pull: dossiers that had no record in the vault before the page that wrote them), so those
     * are made from memory without reading anything back; the same rows as from the stored ones.
     */
    public void reindex(Connection handle, Collection<UUID> dossierIds, Map<UUID, StoredRecord> inHand, Set<UUID> wholeInHand)
            throws SQLException {
        Map<UUID, List<StoredRecord>> byDossier = new LinkedHashMap<>();
        dossierIds.forEach(dossierId -> byDossier.put(dossierId, new ArrayList<>()));
        List<StoredRecord> fromHand = new ArrayList<>();
        for (StoredRecord held : inHand.values()) {
            if (wholeInHand.contains(held.ref().dossierId()) && byDossier.containsKey(held.ref().dossierId()) && !held.deleted()
                    && INDEXED.contains(held.ref().kind())) {
                fromHand.add(held);
            }
        }
        // in the stored rows' order (by id as text), as the query below gives them: the search text lists members so
        fromHand.sort(Comparator.comparing(held -> held.ref().id().toString()));
        fromHand.forEach(held -> byDossier.get(held.ref().dossierId()).add(held));
        List<UUID> toRead = byDossier.keySet().stream().filter(dossierId -> !wholeInHand.contains(dossierId)).toList();
        if (!toRead.isEmpty()) {
            read(handle, toRead, inHand, byDossier);
        }
        write(handle, byDossier);
    }

    private static void read(Connection handle, List<UUID> dossierIds, Map<UUID, StoredRecord> inHand,
                             Map<UUID, List<StoredRecord>> byDossier) throws SQLException {
        try (PreparedStatement select = handle.prepareStatement("select * from record where dossier_id" + IdList.IN
                + " and deleted = 0 and kind in (" + INDEXED_KINDS + ") order by dossier_id, id")) {
            select.setString(1, IdList.json(dossierIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredRecord held = inHand.get(UUID.fromString(rows.getString("id")));
                    StoredRecord stored = held != null && !held.deleted() ? held : RecordStore.read(rows);
                    byDossier.get(UUID.fromString(rows.getString("dossier_id"))).add(stored);
                }
            }
        }
    }

    private void write(Connection handle, Map<UUID, List<StoredRecord>> byDossier) throws SQLException {
        String now = clock.instant().toString();
        try (PreparedStatement delete = handle.prepareStatement("delete from dossier_index where dossier_id = ?");
             PreparedStatement upsert = handle.prepareStatement("insert or replace into dossier_index (dossier_id, household_name,"
                     + " address, member_count, next_visit, open_points, archived, search_text, updated_at, next_evaluation)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<UUID, List<StoredRecord>> dossier : byDossier.entrySet()) {
                if (!bind(upsert, dossier.getKey(), dossier.getValue(), now)) {
                    delete.setString(1, dossier.getKey().toString());
                    delete.addBatch();
                }
            }
            delete.executeBatch();
            upsert.executeBatch();
        }
    }

    /** Adds the dossier's row to {@code upsert}'s batch; false when it has no family (its row must go). */
    private static boolean bind(PreparedStatement upsert, UUID dossierId, List<StoredRecord> records, String now)
            throws SQLException {
        Family family = null;
        List<Member> members = new ArrayList<>();
        String nextEvaluation = null;
        boolean closed = false;
        for (StoredRecord stored : records) {
            switch (stored.ref().kind()) {
                case FAMILY -> family = RecordMapper.family(stored);
                // An unreadable member is left out rather than taking the whole dossier with it.
                case MEMBER -> RecordMapper.readable(stored, RecordMapper::member).ifPresent(members::add);
                case PLAN -> nextEvaluation = RecordMapper.readable(stored, Plan.class)
                        .map(Plan::nextEvaluationOn).orElse(null);
                case CLOSURE -> closed = RecordMapper.readable(stored, Closure.class)
                        .map(Closure::closed).orElse(false);
                default -> { }
            }
        }
        if (family == null) {
            return false;
        }
        StringBuilder search = new StringBuilder();
        search.append(family.householdName()).append(' ').append(family.address());
        members.forEach(member -> search.append(' ').append(member.fullName()));
        upsert.setString(1, dossierId.toString());
        upsert.setString(2, nullToEmpty(family.householdName()));
        upsert.setString(3, family.address());
        upsert.setInt(4, members.size());
        upsert.setString(5, FieldCheck.parseDate(family.nextVisit()).map(LocalDate::toString).orElse(null));
        // open points depend on the day (terms run out), so logic counts them when the caseload is shown
        // (logic.CaseloadService with the dossier check); the column stays for older vault files
        upsert.setInt(6, 0);
        upsert.setInt(7, family.archived() ? 1 : 0);
        upsert.setString(8, Text.searchable(search.toString()));
        upsert.setString(9, now);
        // a closed dossier has no evaluation ahead, so the caseload never marks it overdue
        upsert.setString(10, closed ? null : FieldCheck.parseDate(nextEvaluation).map(LocalDate::toString).orElse(null));
        upsert.addBatch();
        return true;
    }

    /** Rebuilds every row, e.g. after a migration that changed what the index holds. */
    void reindexAll(Connection handle) throws SQLException {
        List<UUID> dossiers = new ArrayList<>();
        try (Statement statement = handle.createStatement();
             ResultSet rows = statement.executeQuery("select distinct dossier_id from record where kind = '"
                     + RecordKind.FAMILY.code() + "'")) {
            while (rows.next()) {
                dossiers.add(UUID.fromString(rows.getString(1)));
            }
        }
        for (int from = 0; from < dossiers.size(); from += SLICE) {
            reindex(handle, dossiers.subList(from, Math.min(dossiers.size(), from + SLICE)));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
