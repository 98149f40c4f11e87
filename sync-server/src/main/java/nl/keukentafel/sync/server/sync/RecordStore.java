package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.auth.Principal;

/** Records and their full version history, on a caller's connection. Stateless; thread-safe. */
public final class RecordStore {
    private static final String RECORD_COLUMNS = "id, kind, dossier_id, version, deleted, fields::text, updated_at";

    /** Who wrote a version and from which push entry. */
    public record Origin(Principal principal, UUID clientId, long clientSeq, Instant receivedAt, List<UUID> resolves) {
    }

    public Optional<StoredRecord> findForUpdate(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select " + RECORD_COLUMNS + " from record where id = ? for update")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    public List<StoredRecord> byDossier(Connection connection, UUID dossierId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select " + RECORD_COLUMNS + " from record where dossier_id = ? order by id")) {
            select.setObject(1, dossierId);
            return readAll(select);
        }
    }

    /** Which version last changed each field of a record (none for a record that does not exist). */
    public FieldChanges changes(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select changes::text from record where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? FieldChanges.fromJson(parse(rows.getString(1))) : FieldChanges.none();
            }
        }
    }

    /**
     * Writes a new current state with its per-field change marks and keeps it as a version; the caller has drawn
     * {@code seq} under the change lock.
     */
    public void write(Connection connection, StoredRecord state, FieldChanges changes, long seq, Origin origin) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
            "insert into record (id, kind, dossier_id, version, deleted, fields, seq, updated_at, changes)"
                + " values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb)"
                + " on conflict (id) do update set version = excluded.version, deleted = excluded.deleted,"
                + " fields = excluded.fields, seq = excluded.seq, updated_at = excluded.updated_at, changes = excluded.changes")) {
            upsert.setObject(1, state.id());
            upsert.setString(2, state.kind());
            upsert.setObject(3, state.dossierId());
            upsert.setLong(4, state.version());
            upsert.setBoolean(5, state.deleted());
            upsert.setString(6, text(state.fields()));
            upsert.setLong(7, seq);
            upsert.setTimestamp(8, Timestamp.from(state.updatedAt()));
            upsert.setString(9, text(changes.toJson()));
            upsert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into record_version (record_id, version, deleted, fields, seq, author_id, device_id, client_id, client_seq,"
                + " received_at, resolves) values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, state.id());
            insert.setLong(2, state.version());
            insert.setBoolean(3, state.deleted());
            insert.setString(4, text(state.fields()));
            insert.setLong(5, seq);
            insert.setObject(6, origin.principal().userId());
            insert.setObject(7, origin.principal().deviceId());
            insert.setObject(8, origin.clientId());
            insert.setLong(9, origin.clientSeq());
            insert.setTimestamp(10, Timestamp.from(origin.receivedAt()));
            insert.setArray(11, connection.createArrayOf("uuid", origin.resolves().toArray()));
            insert.executeUpdate();
        }
    }

    /** The versions after {@code afterVersion} (all when 0), oldest first. */
    public List<RecordVersion> history(Connection connection, UUID recordId, long afterVersion) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select v.version, v.deleted, v.fields::text, v.author_id, u.username, v.device_id, v.client_id, v.client_seq,"
                + " v.received_at, v.resolves from record_version v join app_user u on u.id = v.author_id"
                + " where v.record_id = ? and v.version > ? order by v.version")) {
            select.setObject(1, recordId);
            select.setLong(2, afterVersion);
            return readVersions(select);
        }
    }

    private static List<RecordVersion> readVersions(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<RecordVersion> versions = new ArrayList<>();
            while (rows.next()) {
                Array resolves = rows.getArray(10);
                versions.add(new RecordVersion(rows.getLong(1), rows.getBoolean(2), parse(rows.getString(3)),
                    rows.getObject(4, UUID.class), rows.getString(5), rows.getObject(6, UUID.class), rows.getObject(7, UUID.class),
                    rows.getLong(8), rows.getTimestamp(9).toInstant(), Arrays.asList((UUID[]) resolves.getArray())));
            }
            return versions;
        }
    }

    /** The state at one version, if it exists: one row, however long the history. */
    public Optional<RecordVersion> version(Connection connection, UUID recordId, long version) throws SQLException {
        List<RecordVersion> found = versions(connection, recordId, List.of(version), true);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Who made these versions and when, without their fields (which may be large): for naming a conflict's other side. */
    public Map<Long, RecordVersion> authorsOf(Connection connection, UUID recordId, Collection<Long> versions) throws SQLException {
        Map<Long, RecordVersion> byVersion = new HashMap<>();
        if (!versions.isEmpty()) {
            versions(connection, recordId, versions, false).forEach(version -> byVersion.put(version.version(), version));
        }
        return byVersion;
    }

    private List<RecordVersion> versions(Connection connection, UUID recordId, Collection<Long> versions, boolean withFields)
        throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select v.version, v.deleted, " + (withFields ? "v.fields::text" : "'{}'") + ", v.author_id, u.username, v.device_id,"
                + " v.client_id, v.client_seq, v.received_at, v.resolves from record_version v join app_user u on u.id = v.author_id"
                + " where v.record_id = ? and v.version = any(?) order by v.version")) {
            select.setObject(1, recordId);
            select.setArray(2, connection.createArrayOf("bigint", versions.toArray()));
            return readVersions(select);
        }
    }

    private static List<StoredRecord> readAll(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<StoredRecord> records = new ArrayList<>();
            while (rows.next()) {
                records.add(read(rows));
            }
            return records;
        }
    }

    private static StoredRecord read(ResultSet rows) throws SQLException {
        return new StoredRecord(rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, UUID.class), rows.getLong(4),
            rows.getBoolean(5), parse(rows.getString(6)), rows.getTimestamp(7).toInstant());
    }

    static ObjectNode parse(String text) throws SQLException {
        try {
            return (ObjectNode) Json.MAPPER.readTree(text);
        } catch (JsonProcessingException failure) {
            throw new SQLException("stored fields are not a JSON object", failure);
        }
    }

    static String text(Object node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("a JSON tree always serialises", failure);
        }
    }
}
