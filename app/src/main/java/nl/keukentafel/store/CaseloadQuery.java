package nl.keukentafel.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.Text;

/** Reads the caseload index: search as you type, sorted by what needs attention next. Thread-safe. */
public final class CaseloadQuery {
    private final Database database;

    public CaseloadQuery(Database database) {
        this.database = database;
    }

    /**
     * One family in the caseload list. {@code nextVisit} is null when none (valid) is planned; {@code nextEvaluation}
     * (the werkplan's) when none is planned or the dossier is closed. {@code openPoints} is 0 as stored: the dossier
     * check's count depends on the day, so logic.CaseloadService fills it in when the list is shown.
     */
    public record Row(UUID dossierId, String householdName, String address, int memberCount, LocalDate nextVisit,
                      int openPoints, boolean archived, Instant updatedAt, LocalDate nextEvaluation) {
    }

    /**
     * Families whose name, address or member names contain every word of {@code query} (case and
     * diacritics ignored). Order: planned visits soonest first, then name (logic.CaseloadService orders by open points).
     */
    public List<Row> search(String query, boolean includeArchived, int limit) {
        String[] words = Text.searchable(query == null ? "" : query).trim().split("\\s+");
        StringBuilder sql = new StringBuilder("select * from dossier_index where 1 = 1");
        if (!includeArchived) {
            sql.append(" and archived = 0");
        }
        List<String> parameters = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                sql.append(" and instr(search_text, ?) > 0");
                parameters.add(word);
            }
        }
        sql.append(" order by archived, next_visit is null, next_visit, household_name collate nocase"
                + " limit ?");
        return database.read("could not search the caseload", handle -> {
            try (PreparedStatement select = handle.prepareStatement(sql.toString())) {
                int index = 1;
                for (String parameter : parameters) {
                    select.setString(index++, parameter);
                }
                select.setInt(index, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<Row> result = new ArrayList<>();
                    while (rows.next()) {
                        String nextVisit = rows.getString("next_visit");
                        String nextEvaluation = rows.getString("next_evaluation");
                        result.add(new Row(UUID.fromString(rows.getString("dossier_id")), rows.getString("household_name"),
                                rows.getString("address"), rows.getInt("member_count"),
                                nextVisit == null ? null : LocalDate.parse(nextVisit), rows.getInt("open_points"),
                                rows.getInt("archived") != 0, Instant.parse(rows.getString("updated_at")),
                                nextEvaluation == null ? null : LocalDate.parse(nextEvaluation)));
                    }
                    return result;
                }
            }
        });
    }
}
