package nl.keukentafel.sync.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

/**
 * The server's audit trail of every read and write: who (user, device), what (action), which dossier and records,
 * the result and when. Rows are written on the caller's connection, so an audited write and its audit row commit
 * together. Ids and codes only, never field values. Thread-safe.
 */
public final class AuditLog {
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** One audit row; {@code dossierId} may be null, {@code recordIds} may be empty. */
    public record Entry(UUID userId, UUID deviceId, String action, UUID dossierId, Collection<UUID> recordIds,
                        String result, String detail) {
    }

    public void append(Connection connection, Entry entry) throws SQLException {
        append(connection, entry, null, null);
    }

    /** Many rows in one batched statement (a push batch's), all with the same time. */
    public void appendAll(Connection connection, java.util.List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into audit_log (at, user_id, device_id, action, dossier_id, record_ids, result, detail)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Entry entry : entries) {
                insert.setTimestamp(1, at);
                insert.setObject(2, entry.userId());
                insert.setObject(3, entry.deviceId());
                insert.setString(4, entry.action());
                insert.setObject(5, entry.dossierId());
                insert.setArray(6, connection.createArrayOf("uuid", entry.recordIds().toArray()));
                insert.setString(7, entry.result());
                insert.setString(8, entry.detail() == null ? "" : entry.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * A row that also names where the call came from and a hash of the name a login tried ({@code subject}), for
     * throttling password guessing; either may be null.
     */
    public void append(Connection connection, Entry entry, String source, String subject) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into audit_log (at, user_id, device_id, action, dossier_id, record_ids, result, detail, source, subject)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(clock.instant()));
            insert.setObject(2, entry.userId());
            insert.setObject(3, entry.deviceId());
            insert.setString(4, entry.action());
            insert.setObject(5, entry.dossierId());
            insert.setArray(6, connection.createArrayOf("uuid", entry.recordIds().toArray()));
            insert.setString(7, entry.result());
            insert.setString(8, entry.detail() == null ? "" : entry.detail());
            insert.setString(9, source);
            insert.setString(10, subject);
            insert.executeUpdate();
        }
    }
}
