package nl.keukentafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
    private final Clock clock;

    public DossierIndexer(Clock clock) {
        this.clock = clock;
    }

    /** Brings the dossier's caseload row in step, inside the caller's transaction; removes it when the family is gone. */
    public void reindex(Connection handle, UUID dossierId) throws SQLException {
        List<StoredRecord> records = RecordStore.dossierRecords(handle, dossierId);
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
            try (PreparedStatement delete = handle.prepareStatement("delete from dossier_index where dossier_id = ?")) {
                delete.setString(1, dossierId.toString());
                delete.executeUpdate();
            }
            return;
        }
        StringBuilder search = new StringBuilder();
        search.append(family.householdName()).append(' ').append(family.address());
        members.forEach(member -> search.append(' ').append(member.fullName()));
        try (PreparedStatement upsert = handle.prepareStatement("insert or replace into dossier_index (dossier_id, household_name,"
                + " address, member_count, next_visit, open_points, archived, search_text, updated_at, next_evaluation)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            upsert.setString(9, clock.instant().toString());
            // a closed dossier has no evaluation ahead, so the caseload never marks it overdue
            upsert.setString(10, closed ? null : FieldCheck.parseDate(nextEvaluation).map(LocalDate::toString).orElse(null));
            upsert.executeUpdate();
        }
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
        for (UUID dossierId : dossiers) {
            reindex(handle, dossierId);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
