package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.auth.Principal;

/** Conflict records: opened by push, refreshed by the same client's later entries, closed by a resolving entry.
 * On a caller's connection. Stateless; thread-safe. */
public final class ConflictStore {
    private static final String VIEW = "select k.id, k.record_id, k.dossier_id, k.kind, k.field, k.status,"
        + " k.server_value::text, k.server_deleted, k.server_version, su.username, k.server_device, k.server_at,"
        + " k.client_value::text, k.client_deleted, cu.username, k.client_device, k.client_at,"
        + " ru.username, k.resolved_at, k.resolved_version"
        + " from conflict k join app_user cu on cu.id = k.client_author"
        + " left join app_user su on su.id = k.server_author left join app_user ru on ru.id = k.resolved_by";

    /**
     * Keeps a conflict. When this client already has an open conflict on the same record and field (an autosave
     * storm while offline), that one is brought up to date instead of opening another. Returns the conflict's id.
     */
    public UUID keep(Connection connection, MergeOutcome.ConflictDraft draft, PushEntry entry, StoredRecord current,
                     Principal principal, Instant now, long seq) throws SQLException {
        Optional<Open> open = openFor(connection, entry.recordId(), draft.field(), entry.clientId());
        Optional<UUID> existing = open.map(Open::id);
        UUID id = existing.orElseGet(UUID::randomUUID);
        MergeOutcome.ConflictDraft kept = open.map(found -> draft.refreshing(found.clientValue())).orElse(draft);
        String sql = existing.isPresent()
            ? "update conflict set server_value = ?::jsonb, server_deleted = ?, server_version = ?, server_author = ?,"
                + " server_device = ?, server_at = ?, client_value = ?::jsonb, client_deleted = ?, client_author = ?,"
                + " client_device = ?, client_id = ?, client_seq = ?, client_at = ?, seq = ? where id = ?"
            : "insert into conflict (server_value, server_deleted, server_version, server_author, server_device, server_at,"
                + " client_value, client_deleted, client_author, client_device, client_id, client_seq, client_at, seq, id,"
                + " record_id, dossier_id, kind, field, status) values (?::jsonb, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, 'open')";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            Optional<RecordVersion> change = kept.serverChange();
            write.setString(1, RecordStore.text(kept.serverValue()));
            write.setBoolean(2, kept.serverDeleted());
            write.setLong(3, current.version());
            write.setObject(4, change.map(RecordVersion::authorId).orElse(null));
            write.setObject(5, change.map(RecordVersion::deviceId).orElse(null));
            write.setTimestamp(6, change.map(version -> Timestamp.from(version.receivedAt())).orElse(null));
            write.setString(7, RecordStore.text(kept.clientValue()));
            write.setBoolean(8, kept.clientDeleted());
            write.setObject(9, principal.userId());
            write.setObject(10, principal.deviceId());
            write.setObject(11, entry.clientId());
            write.setLong(12, entry.clientSeq());
            write.setTimestamp(13, Timestamp.from(now));
            write.setLong(14, seq);
            write.setObject(15, id);
            if (existing.isEmpty()) {
                write.setObject(16, entry.recordId());
                write.setObject(17, current.dossierId());
                write.setString(18, current.kind());
                write.setString(19, kept.field());
            }
            write.executeUpdate();
        }
        return id;
    }

    /** The record each of these conflicts belongs to; unknown ids are absent. */
    public Map<UUID, UUID> recordsOf(Connection connection, Collection<UUID> conflictIds) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, record_id from conflict where id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", conflictIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                Map<UUID, UUID> result = new java.util.HashMap<>();
                while (rows.next()) {
                    result.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                }
                return result;
            }
        }
    }

    /** Closes open conflicts; already closed ones stay as they were. */
    public void resolve(Connection connection, Collection<UUID> ids, Principal principal, long version, Instant now, long seq)
        throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "update conflict set status = 'resolved', resolved_by = ?, resolved_device = ?, resolved_at = ?, resolved_version = ?,"
                + " seq = ? where id = any(?) and status = 'open'")) {
            update.setObject(1, principal.userId());
            update.setObject(2, principal.deviceId());
            update.setTimestamp(3, Timestamp.from(now));
            update.setLong(4, version);
            update.setLong(5, seq);
            update.setArray(6, connection.createArrayOf("uuid", ids.toArray()));
            update.executeUpdate();
        }
    }

    public List<ConflictView> byIds(Connection connection, Collection<UUID> ids) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(VIEW + " where k.id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            List<ConflictView> found = readAll(select);
            Map<UUID, ConflictView> byId = found.stream().collect(Collectors.toMap(ConflictView::id, Function.identity()));
            return ids.stream().filter(byId::containsKey).map(byId::get).toList();
        }
    }

    public List<ConflictView> byDossier(Connection connection, UUID dossierId, boolean openOnly) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            VIEW + " where k.dossier_id = ?" + (openOnly ? " and k.status = 'open'" : "") + " order by k.seq")) {
            select.setObject(1, dossierId);
            return readAll(select);
        }
    }

    private record Open(UUID id, JsonNode clientValue) {
    }

    private static Optional<Open> openFor(Connection connection, UUID recordId, String field, UUID clientId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, client_value::text from conflict"
            + " where record_id = ? and field is not distinct from ? and client_id = ? and status = 'open'")) {
            select.setObject(1, recordId);
            select.setString(2, field);
            select.setObject(3, clientId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Open(rows.getObject(1, UUID.class), json(rows.getString(2)))) : Optional.empty();
            }
        }
    }

    private static List<ConflictView> readAll(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<ConflictView> result = new ArrayList<>();
            while (rows.next()) {
                result.add(read(rows));
            }
            return result;
        }
    }

    private static ConflictView read(ResultSet rows) throws SQLException {
        ConflictView.Side server = new ConflictView.Side(json(rows.getString(7)), rows.getBoolean(8), Optional.of(rows.getLong(9)),
            Optional.ofNullable(rows.getString(10)), Optional.ofNullable(rows.getObject(11, UUID.class)), instant(rows.getTimestamp(12)));
        ConflictView.Side client = new ConflictView.Side(json(rows.getString(13)), rows.getBoolean(14), Optional.empty(),
            Optional.of(rows.getString(15)), Optional.of(rows.getObject(16, UUID.class)), instant(rows.getTimestamp(17)));
        Optional<ConflictView.Resolution> resolution = rows.getString(18) == null ? Optional.empty()
            : Optional.of(new ConflictView.Resolution(rows.getString(18), rows.getTimestamp(19).toInstant(), rows.getLong(20)));
        return new ConflictView(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
            rows.getString(4), Optional.ofNullable(rows.getString(5)), rows.getString(6), server, client, resolution);
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    private static JsonNode json(String text) throws SQLException {
        try {
            return text == null ? Json.MAPPER.nullNode() : Json.MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException failure) {
            throw new SQLException("stored conflict value is not JSON", failure);
        }
    }
}
