package nl.keukentafel.bench.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.sync.protocol.Wire;
import nl.keukentafel.sync.server.db.Db;

/**
 * The push benchmark's baseline: the rows a push of these entries leaves behind — dossier, caseload, record (with
 * change marks), record version, stored answer and audit row — inserted into the same PostgreSQL tables with plain
 * batched JDBC, one transaction per 200 entries like the push, under fresh ids. No checks, no merge, no HTTP, no
 * JSON parsing: what the database itself costs for the same data. Not thread-safe.
 */
final class PushBaseline {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 200;

    private PushBaseline() {
    }

    /** Inserts the rows for {@code entries} as {@code username}'s; returns the number of entries. */
    static int insert(Db db, String username, List<Wire.PushEntry> entries) {
        UUID[] owner = db.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                "select u.id, d.id from app_user u join device d on d.user_id = u.id where u.username = ? limit 1")) {
                select.setString(1, username);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return new UUID[] {rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)};
                }
            }
        });
        UUID clientId = UUID.randomUUID();
        java.util.Map<UUID, UUID> fresh = new java.util.HashMap<>();
        for (int start = 0; start < entries.size(); start += BATCH) {
            List<Wire.PushEntry> batch = entries.subList(start, Math.min(entries.size(), start + BATCH));
            db.transaction(connection -> {
                write(connection, owner[0], owner[1], clientId, batch, fresh);
                return null;
            });
        }
        return entries.size();
    }

    private static void write(Connection connection, UUID user, UUID device, UUID clientId, List<Wire.PushEntry> batch,
                              java.util.Map<UUID, UUID> fresh) throws java.sql.SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Set<UUID> dossiers = new LinkedHashSet<>();
        batch.forEach(entry -> dossiers.add(fresh.computeIfAbsent(entry.dossierId(), any -> UUID.randomUUID())));
        try (PreparedStatement dossier = connection.prepareStatement(
                 "insert into dossier (id, created_at) values (?, ?) on conflict (id) do nothing");
             PreparedStatement caseload = connection.prepareStatement(
                 "insert into caseload (user_id, dossier_id, active, seq, changed_at) values (?, ?, true, nextval('change_seq'), ?)"
                     + " on conflict (user_id, dossier_id) do nothing")) {
            for (UUID id : dossiers) {
                dossier.setObject(1, id);
                dossier.setTimestamp(2, now);
                dossier.addBatch();
                caseload.setObject(1, user);
                caseload.setObject(2, id);
                caseload.setTimestamp(3, now);
                caseload.addBatch();
            }
            dossier.executeBatch();
            caseload.executeBatch();
        }
        try (PreparedStatement record = connection.prepareStatement(
                 "insert into record (id, kind, dossier_id, version, deleted, fields, seq, updated_at, changes)"
                     + " values (?, ?, ?, 1, false, ?::jsonb, nextval('change_seq'), ?, ?::jsonb)");
             PreparedStatement version = connection.prepareStatement(
                 "insert into record_version (record_id, version, deleted, fields, seq, author_id, device_id, client_id, client_seq,"
                     + " received_at) values (?, 1, false, ?::jsonb, nextval('change_seq'), ?, ?, ?, ?, ?)");
             PreparedStatement answer = connection.prepareStatement(
                 "insert into push_answer (client_id, client_seq, user_id, answer, received_at) values (?, ?, ?, ?::jsonb, ?)");
             PreparedStatement audit = connection.prepareStatement(
                 "insert into audit_log (at, user_id, device_id, action, dossier_id, record_ids, result, detail)"
                     + " values (?, ?, ?, 'push-create', ?, ?, 'applied', '')")) {
            for (Wire.PushEntry entry : batch) {
                UUID id = UUID.randomUUID();
                UUID dossierId = fresh.get(entry.dossierId());
                String fields = JSON.writeValueAsString(entry.fields());
                String marks = "{\"fields\":{},\"last\":[1,\"" + clientId + "\"]}";
                record.setObject(1, id);
                record.setString(2, entry.kind());
                record.setObject(3, dossierId);
                record.setString(4, fields);
                record.setTimestamp(5, now);
                record.setString(6, marks);
                record.addBatch();
                version.setObject(1, id);
                version.setString(2, fields);
                version.setObject(3, user);
                version.setObject(4, device);
                version.setObject(5, clientId);
                version.setLong(6, entry.clientSeq());
                version.setTimestamp(7, now);
                version.addBatch();
                answer.setObject(1, clientId);
                answer.setLong(2, entry.clientSeq());
                answer.setObject(3, user);
                answer.setString(4, "{\"result\":\"applied\",\"recordId\":\"" + id + "\",\"version\":1}");
                answer.setTimestamp(5, now);
                answer.addBatch();
                audit.setTimestamp(1, now);
                audit.setObject(2, user);
                audit.setObject(3, device);
                audit.setObject(4, dossierId);
                audit.setArray(5, connection.createArrayOf("uuid", new Object[] {id}));
                audit.addBatch();
            }
            record.executeBatch();
            version.executeBatch();
            answer.executeBatch();
            audit.executeBatch();
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
