package nl.keukentafel.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.f4b6a3.uuid.UuidCreator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;

/**
 * Creates, changes, deletes (tombstones) and restores records of any kind. Each change commits, in one
 * transaction, the record, an outbox row, an audit row and the dossier's caseload index. Thread-safe:
 * writes go through the {@link Database} writer thread.
 */
public final class RecordStore {
    /**
     * One record (bind its id) with its base, the last server copy, for "select coalesce(base.x, record.x)": a base row's
     * null body is the record's own (V7), and a record that has been on the server (version above 0) without a base row
     * has its own version and body as its base (V8). No row for a record never on the server.
     */
    public static final String WITH_BASE = " from record left join record_base base on base.record_id = record.id"
            + " where record.id = ? and (base.record_id is not null or record.version > 0)";

    private final Database database;
    private final Clock clock;
    private final AuditLog audit;
    private final DossierIndexer indexer;

    public RecordStore(Database database, Clock clock, AuditLog audit, DossierIndexer indexer) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.indexer = indexer;
    }

    /** A new record with a fresh UUIDv7. A family is its own dossier: pass {@code dossierId == null}. */
    public CompletableFuture<RecordRef> create(RecordKind kind, UUID dossierId, Map<String, ?> fields) {
        UUID id = UuidCreator.getTimeOrderedEpoch();
        RecordRef ref = new RecordRef(kind, id, dossierId == null ? id : dossierId);
        ObjectNode body = RecordMapper.toNode(fields);
        return database.write("could not create " + ref + " of dossier " + ref.dossierId(), handle -> {
            WriteGuard.check(handle, ref, Optional.empty());
            String now = clock.instant().toString();
            insert(handle, ref, body, now);
            afterChange(handle, ref, "create", body, 0, now, List.of());
            return ref;
        });
    }

    /**
     * A record with a given (derived, see {@code RecordIds}) id, unless one with that id exists already, deleted or
     * not: then nothing is written and the answer is false. For records there is one of per parent.
     */
    public CompletableFuture<Boolean> createIfAbsent(RecordRef ref, Map<String, ?> fields) {
        ObjectNode body = RecordMapper.toNode(fields);
        return database.write("could not create " + ref + " of dossier " + ref.dossierId(), handle -> {
            if (find(handle, ref.id()).isPresent()) {
                return false;
            }
            WriteGuard.check(handle, ref, Optional.empty());
            String now = clock.instant().toString();
            insert(handle, ref, body, now);
            afterChange(handle, ref, "create", body, 0, now, List.of());
            return true;
        });
    }

    /**
     * Sets the given fields. Values equal to the stored ones are left out; when nothing changes, nothing is
     * written. Fields this version does not know are kept.
     */
    public CompletableFuture<Boolean> patch(RecordRef ref, Map<String, ?> fields) {
        ObjectNode patch = RecordMapper.toNode(fields);
        return database.write("could not save " + ref + " of dossier " + ref.dossierId(), handle -> {
            StoredRecord current = find(handle, ref.id()).orElseThrow(() -> new SQLException("no such record " + ref));
            WriteGuard.check(handle, ref, Optional.of(current));
            ObjectNode changed = patch.deepCopy();
            for (Map.Entry<String, JsonNode> entry : patch.properties()) {
                JsonNode old = current.body().get(entry.getKey());
                JsonNode value = entry.getValue();
                if (value.equals(old) || (value.isNull() && old == null)) {
                    changed.remove(entry.getKey());
                }
            }
            if (changed.isEmpty()) {
                return false;
            }
            ObjectNode body = current.body().deepCopy();
            body.setAll(changed);
            String now = clock.instant().toString();
            update(handle, "update record set body = ?, local_rev = local_rev + 1, updated_at = ? where id = ?",
                    body.toString(), now, ref.id().toString());
            afterChange(handle, ref, "update", changed, current.version(), now, List.of());
            return true;
        });
    }

    /** One record of a {@link #writeAll} batch: created when absent, else its given fields set. */
    public record Write(RecordRef ref, Map<String, ?> fields) {
        public Write {
            java.util.Objects.requireNonNull(ref, "ref");
            fields = Map.copyOf(fields);
        }
    }

    /**
     * Writes a batch in ONE transaction: each record is created when no record with its id exists; a deleted one is
     * restored holding only the given fields; a live one gets the given fields patched (as {@link #patch}). Either
     * every record is written or, when anything fails (a full disk), none is: for an import that must never be half
     * done. Answers how many records changed.
     */
    public CompletableFuture<Integer> writeAll(List<Write> writes) {
        List<Write> batch = List.copyOf(writes);
        UUID dossier = batch.isEmpty() ? null : batch.get(0).ref().dossierId();
        return database.write("could not write a batch of " + batch.size() + " records of dossier " + dossier, handle -> {
            int changed = 0;
            for (Write write : batch) {
                ObjectNode body = RecordMapper.toNode(write.fields());
                Optional<StoredRecord> current = find(handle, write.ref().id());
                WriteGuard.check(handle, write.ref(), current);
                String now = clock.instant().toString();
                if (current.isEmpty()) {
                    insert(handle, write.ref(), body, now);
                    afterChange(handle, write.ref(), "create", body, 0, now, List.of());
                    changed++;
                } else {
                    StoredRecord existing = current.get();
                    if (existing.deleted()) {
                        update(handle, "update record set deleted = 0, local_rev = local_rev + 1, updated_at = ? where id = ?",
                                now, write.ref().id().toString());
                        afterChange(handle, write.ref(), "restore", RecordMapper.json().createObjectNode(), existing.version(), now,
                                List.of());
                        existing = find(handle, write.ref().id()).orElseThrow();
                        // a restored record holds what the batch says, not what it held before it was deleted
                        existing.body().fieldNames().forEachRemaining(name -> {
                            if (!body.has(name)) {
                                body.putNull(name);
                            }
                        });
                    }
                    changed += patchIn(handle, write.ref(), existing, body, now) || current.get().deleted() ? 1 : 0;
                }
            }
            return changed;
        });
    }

    private boolean patchIn(Connection handle, RecordRef ref, StoredRecord current, ObjectNode patch, String now) throws SQLException {
        ObjectNode changed = patch.deepCopy();
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            JsonNode old = current.body().get(entry.getKey());
            JsonNode value = entry.getValue();
            if (value.equals(old) || (value.isNull() && old == null)) {
                changed.remove(entry.getKey());
            }
        }
        if (changed.isEmpty()) {
            return false;
        }
        ObjectNode body = current.body().deepCopy();
        body.setAll(changed);
        update(handle, "update record set body = ?, local_rev = local_rev + 1, updated_at = ? where id = ?",
                body.toString(), now, ref.id().toString());
        afterChange(handle, ref, "update", changed, current.version(), now, List.of());
        return true;
    }

    /** Marks the record deleted (a tombstone); {@link #restore} undoes it. */
    public CompletableFuture<Void> delete(RecordRef ref) {
        return setDeleted(ref, true);
    }

    public CompletableFuture<Void> restore(RecordRef ref) {
        return setDeleted(ref, false);
    }

    private CompletableFuture<Void> setDeleted(RecordRef ref, boolean deleted) {
        String op = deleted ? "delete" : "restore";
        return database.write("could not " + op + " " + ref + " of dossier " + ref.dossierId(), handle -> {
            StoredRecord current = find(handle, ref.id()).orElseThrow(() -> new SQLException("no such record " + ref));
            WriteGuard.check(handle, ref, Optional.of(current));
            if (current.deleted() == deleted) {
                return null;
            }
            String now = clock.instant().toString();
            update(handle, "update record set deleted = ?, local_rev = local_rev + 1, updated_at = ? where id = ?",
                    deleted ? "1" : "0", now, ref.id().toString());
            afterChange(handle, ref, op, RecordMapper.json().createObjectNode(), current.version(), now, List.of());
            return null;
        });
    }

    /**
     * Writes a person's decision on sync conflicts as new changes that carry {@code resolves}, so the server closes
     * them: unlike {@link #patch}, a row is written even when the chosen values are the ones stored (the server
     * then records the decision as a version). {@code deleted} null keeps the record's state; true deletes; false
     * restores and then sets {@code fields}. The conflicts are marked 'resolving' here in the same transaction.
     */
    public CompletableFuture<Void> resolve(RecordRef ref, Boolean deleted, Map<String, ?> fields, List<UUID> resolves) {
        ObjectNode values = RecordMapper.toNode(fields);
        return database.write("could not resolve conflicts of " + ref + " of dossier " + ref.dossierId(), handle -> {
            StoredRecord current = find(handle, ref.id()).orElseThrow(() -> new SQLException("no such record " + ref));
            WriteGuard.check(handle, ref, Optional.of(current));
            String now = clock.instant().toString();
            List<UUID> pendingResolves = resolves;
            if (deleted != null) {
                update(handle, "update record set deleted = ?, local_rev = local_rev + 1, updated_at = ? where id = ?",
                        deleted ? "1" : "0", now, ref.id().toString());
                afterChange(handle, ref, deleted ? "delete" : "restore", RecordMapper.json().createObjectNode(), current.version(),
                        now, pendingResolves);
                pendingResolves = List.of();
            }
            if (!Boolean.TRUE.equals(deleted) && (!values.isEmpty() || !pendingResolves.isEmpty())) {
                ObjectNode body = current.body().deepCopy();
                body.setAll(values);
                update(handle, "update record set body = ?, local_rev = local_rev + 1, updated_at = ? where id = ?",
                        body.toString(), now, ref.id().toString());
                afterChange(handle, ref, "update", values, current.version(), now, pendingResolves);
            }
            for (UUID conflict : resolves) {
                update(handle, "update sync_conflict set status = 'resolving' where id = ? and status = 'open'", conflict.toString());
            }
            return null;
        });
    }

    private static void insert(Connection handle, RecordRef ref, ObjectNode body, String now) throws SQLException {
        try (PreparedStatement insert = handle.prepareStatement(
                "insert into record (id, kind, dossier_id, body, created_at, updated_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, ref.id().toString());
            insert.setString(2, ref.kind().code());
            insert.setString(3, ref.dossierId().toString());
            insert.setString(4, body.toString());
            insert.setString(5, now);
            insert.setString(6, now);
            insert.executeUpdate();
        }
    }

    private void afterChange(Connection handle, RecordRef ref, String op, ObjectNode fields, long baseVersion, String now,
                             List<UUID> resolves) throws SQLException {
        Optional<ObjectNode> baseFields = baseFields(handle, ref.id(), fields);
        try (PreparedStatement outbox = handle.prepareStatement("insert into outbox (record_id, kind, dossier_id, op, fields,"
                + " base_version, created_at, base_fields, resolves) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            outbox.setString(1, ref.id().toString());
            outbox.setString(2, ref.kind().code());
            outbox.setString(3, ref.dossierId().toString());
            outbox.setString(4, op);
            outbox.setString(5, fields.toString());
            outbox.setLong(6, baseVersion);
            outbox.setString(7, now);
            outbox.setString(8, baseFields.map(ObjectNode::toString).orElse(null));
            outbox.setString(9, resolves.isEmpty() ? null : RecordMapper.write(resolves.stream().map(UUID::toString).toList()));
            outbox.executeUpdate();
        }
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        String detail = String.join(",", names);
        if (!resolves.isEmpty()) {
            detail = (detail.isEmpty() ? "" : detail + " ") + "resolves=" + resolves;
        }
        audit.append(handle, now, resolves.isEmpty() ? op : "resolve-" + op, ref, detail, "ok");
        ClosedArrivals.afterChange(handle, ref);
        indexer.reindex(handle, ref.dossierId());
    }

    /**
     * The changed fields' values in the last server copy, captured now: a later pull moves the base on, but the
     * server must still see what this edit was based on. Empty when the record has never been on the server.
     */
    private static Optional<ObjectNode> baseFields(Connection handle, UUID id, ObjectNode fields) throws SQLException {
        // before this change overwrote the record, the trigger copied it into the base
        try (PreparedStatement select = handle.prepareStatement("select coalesce(base.body, record.body)" + WITH_BASE)) {
            select.setString(1, id.toString());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                ObjectNode base = RecordMapper.parse(rows.getString(1));
                ObjectNode values = RecordMapper.json().createObjectNode();
                fields.fieldNames().forEachRemaining(name -> values.set(name, base.has(name) ? base.get(name) : NullNode.getInstance()));
                return Optional.of(values);
            }
        }
    }

    /** The record, deleted or not. */
    public Optional<StoredRecord> find(UUID id) {
        return database.read("could not read record " + id, handle -> find(handle, id));
    }

    /** The live (not deleted) records of a dossier, oldest first. */
    public List<StoredRecord> dossierRecords(UUID dossierId) {
        return database.read("could not read dossier " + dossierId, handle -> dossierRecords(handle, dossierId));
    }

    /** The live records of a dossier, inside the caller's transaction. */
    public static List<StoredRecord> dossierRecords(Connection handle, UUID dossierId) throws SQLException {
        try (PreparedStatement select = handle.prepareStatement(
                "select * from record where dossier_id = ? and deleted = 0 order by id")) {
            select.setString(1, dossierId.toString());
            try (ResultSet rows = select.executeQuery()) {
                List<StoredRecord> records = new ArrayList<>();
                while (rows.next()) {
                    records.add(read(rows));
                }
                return records;
            }
        }
    }

    /** The record, deleted or not, inside the caller's transaction. */
    public static Optional<StoredRecord> find(Connection handle, UUID id) throws SQLException {
        try (PreparedStatement select = handle.prepareStatement("select * from record where id = ?")) {
            select.setString(1, id.toString());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /**
     * The records with these ids that exist, deleted or not, inside the caller's transaction: one query over the list of
     * ids ({@link IdList}) instead of one per id, for the sync pull that looks at a whole page at once.
     */
    public static Map<UUID, StoredRecord> findAll(Connection handle, Collection<UUID> ids) throws SQLException {
        Map<UUID, StoredRecord> found = new HashMap<>();
        try (PreparedStatement select = handle.prepareStatement("select * from record where id" + IdList.IN)) {
            select.setString(1, IdList.json(new LinkedHashSet<>(ids)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredRecord record = read(rows);
                    found.put(record.ref().id(), record);
                }
            }
        }
        return found;
    }

    /** The record on the current row of a {@code select *} from {@code record}. */
    static StoredRecord read(ResultSet rows) throws SQLException {
        RecordRef ref = new RecordRef(RecordKind.fromCode(rows.getString("kind")), UUID.fromString(rows.getString("id")),
                UUID.fromString(rows.getString("dossier_id")));
        return new StoredRecord(ref, RecordMapper.parse(rows.getString("body")), rows.getLong("version"),
                rows.getLong("local_rev"), rows.getInt("deleted") != 0, Instant.parse(rows.getString("updated_at")));
    }

    private static void update(Connection handle, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = handle.prepareStatement(sql)) {
            for (int index = 0; index < values.length; index++) {
                statement.setString(index + 1, values[index]);
            }
            statement.executeUpdate();
        }
    }
}
