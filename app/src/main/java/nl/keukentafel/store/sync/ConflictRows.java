package nl.keukentafel.store.sync;

import nl.keukentafel.sync.protocol.ConflictStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.sync.protocol.Wire;

/** The local copy of the server's conflicts, in the caller's transaction. Stateless; thread-safe. */
final class ConflictRows {
    private ConflictRows() {
    }

    /**
     * Keeps the server's view of a conflict. One resolved here but not yet confirmed ('resolving') stays so while
     * the server still reports it open, so a person is not asked twice.
     */
    static void upsert(Connection handle, Wire.Conflict conflict, String now) throws SQLException {
        String status = conflict.status() == null ? ConflictStatus.OPEN.code() : conflict.status();
        Wire.ConflictSide server = side(conflict.server());
        Wire.ConflictSide client = side(conflict.client());
        SyncSql.execute(handle, "insert into sync_conflict (id, record_id, dossier_id, kind, field, status, server_value,"
                + " server_deleted, server_version, server_author, server_device, server_at, client_value, client_deleted,"
                + " client_author, client_device, client_at, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (id) do update set status = case when sync_conflict.status = 'resolving' and excluded.status = 'open'"
                + " then 'resolving' else excluded.status end, server_value = excluded.server_value,"
                + " server_deleted = excluded.server_deleted, server_version = excluded.server_version,"
                + " server_author = excluded.server_author, server_device = excluded.server_device, server_at = excluded.server_at,"
                + " client_value = excluded.client_value, client_deleted = excluded.client_deleted,"
                + " client_author = excluded.client_author, client_device = excluded.client_device, client_at = excluded.client_at,"
                + " received_at = excluded.received_at",
                conflict.id().toString(), conflict.recordId().toString(), conflict.dossierId().toString(), conflict.kind(),
                conflict.field(), status, SyncSql.text(server.value()), server.deleted() ? 1 : 0, server.version(), server.author(),
                uuidText(server.deviceId()), server.at(), SyncSql.text(client.value()), client.deleted() ? 1 : 0, client.author(),
                uuidText(client.deviceId()), client.at(), now);
    }

    static List<StoredConflict> select(Connection handle, String condition, String... parameters) throws SQLException {
        try (PreparedStatement select = handle.prepareStatement("select * from sync_conflict where " + condition
                + " order by received_at, id")) {
            for (int index = 0; index < parameters.length; index++) {
                select.setString(index + 1, parameters[index]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<StoredConflict> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(read(rows));
                }
                return result;
            }
        }
    }

    private static StoredConflict read(ResultSet rows) throws SQLException {
        long serverVersion = rows.getLong("server_version");
        Long version = rows.wasNull() ? null : serverVersion;
        StoredConflict.Side server = new StoredConflict.Side(SyncSql.json(rows.getString("server_value")),
                rows.getInt("server_deleted") != 0, version, rows.getString("server_author"), uuid(rows.getString("server_device")),
                rows.getString("server_at"));
        StoredConflict.Side client = new StoredConflict.Side(SyncSql.json(rows.getString("client_value")),
                rows.getInt("client_deleted") != 0, null, rows.getString("client_author"), uuid(rows.getString("client_device")),
                rows.getString("client_at"));
        return new StoredConflict(UUID.fromString(rows.getString("id")), UUID.fromString(rows.getString("record_id")),
                UUID.fromString(rows.getString("dossier_id")), rows.getString("kind"), rows.getString("field"),
                rows.getString("status"), server, client);
    }

    private static Wire.ConflictSide side(Wire.ConflictSide side) {
        return side == null ? new Wire.ConflictSide(null, false, null, null, null, null) : side;
    }

    private static String uuidText(UUID id) {
        return id == null ? null : id.toString();
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }
}
