package nl.keukentafel.store.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.store.RecordMapper;

/** One pending local change as stored in the outbox. Immutable; the static readers run in the caller's transaction. */
record OutboxRow(long seq, UUID recordId, String kind, UUID dossierId, String op, ObjectNode fields, long baseVersion,
                 ObjectNode baseFields, List<UUID> resolves, String createdAt) {

    static List<OutboxRow> oldest(Connection handle, int limit) throws SQLException {
        return select(handle, "select * from outbox order by seq limit ?", Integer.toString(limit));
    }

    static List<OutboxRow> forRecord(Connection handle, UUID recordId) throws SQLException {
        return select(handle, "select * from outbox where record_id = ? order by seq", recordId.toString());
    }

    static boolean anyForDossier(Connection handle, UUID dossierId) throws SQLException {
        return SyncSql.count(handle, "select count(*) from outbox where dossier_id = ?", dossierId.toString()) > 0;
    }

    static boolean anyForRecord(Connection handle, UUID recordId) throws SQLException {
        return SyncSql.count(handle, "select count(*) from outbox where record_id = ?", recordId.toString()) > 0;
    }

    private static List<OutboxRow> select(Connection handle, String sql, String parameter) throws SQLException {
        try (PreparedStatement select = handle.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                List<OutboxRow> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(read(rows));
                }
                return result;
            }
        }
    }

    private static OutboxRow read(ResultSet rows) throws SQLException {
        String baseFields = rows.getString("base_fields");
        return new OutboxRow(rows.getLong("seq"), UUID.fromString(rows.getString("record_id")), rows.getString("kind"),
                UUID.fromString(rows.getString("dossier_id")), rows.getString("op"), RecordMapper.parse(rows.getString("fields")),
                rows.getLong("base_version"), baseFields == null ? null : RecordMapper.parse(baseFields),
                SyncSql.uuids(rows.getString("resolves")), rows.getString("created_at"));
    }
}
