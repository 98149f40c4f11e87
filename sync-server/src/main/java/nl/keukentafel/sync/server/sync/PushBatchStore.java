package nl.keukentafel.sync.server.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.sync.server.audit.AuditLog;
import nl.keukentafel.sync.server.auth.Principal;

/**
 * The statements of a set-based push (ADR 0008): one read per table for the whole batch, and one batched write per
 * table. On the caller's connection, inside its change transaction. Stateless; thread-safe.
 */
final class PushBatchStore {
    private final QuarantineStore quarantine;
    private final AuditLog audit;

    PushBatchStore(QuarantineStore quarantine, AuditLog audit) {
        this.quarantine = quarantine;
        this.audit = audit;
    }

    PushBatch.Found read(Connection connection, Principal principal, List<EntryParser.Parsed> parsed) throws SQLException {
        PushBatch.Found found = new PushBatch.Found();
        List<PushEntry> entries = parsed.stream().flatMap(item -> item.entry().stream()).toList();
        readAnswers(connection, parsed, found);
        if (entries.isEmpty()) {
            return found;
        }
        Set<UUID> dossiers = new LinkedHashSet<>();
        Set<UUID> recordIds = new java.util.TreeSet<>();
        Set<UUID> resolves = new LinkedHashSet<>();
        for (PushEntry entry : entries) {
            dossiers.add(entry.dossierId());
            recordIds.add(entry.recordId());
            resolves.addAll(entry.resolves());
        }
        try (PreparedStatement select = connection.prepareStatement(
            "select dossier_id from caseload where user_id = ? and active and dossier_id = any(?)")) {
            select.setObject(1, principal.userId());
            select.setArray(2, connection.createArrayOf("uuid", dossiers.toArray()));
            readUuids(select, found.assigned);
        }
        try (PreparedStatement select = connection.prepareStatement("select id from dossier where id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", dossiers.toArray()));
            readUuids(select, found.dossiers);
        }
        // In id order, so two batches on other instances lock rows in one order (the change lock serialises them anyway).
        try (PreparedStatement select = connection.prepareStatement(
            "select id, kind, dossier_id, version, deleted, fields::text, updated_at, changes::text from record"
                + " where id = any(?) order by id for update")) {
            select.setArray(1, connection.createArrayOf("uuid", recordIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredRecord record = new StoredRecord(rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, UUID.class),
                        rows.getLong(4), rows.getBoolean(5), RecordStore.parse(rows.getString(6)), rows.getTimestamp(7).toInstant());
                    found.records.put(record.id(), new PushBatch.Current(record,
                        FieldChanges.fromJson(RecordStore.parse(rows.getString(8)))));
                }
            }
        }
        readVersions(connection, entries, found);
        if (!found.records.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement(
                "select id, record_id, field, client_id,"
                    + " case when field is null and jsonb_typeof(client_value) = 'object' then client_value::text end from conflict"
                    + " where record_id = any(?) and status = 'open'")) {
                select.setArray(1, connection.createArrayOf("uuid", found.records.keySet().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.openConflicts.put(new PushBatch.OpenKey(rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getObject(4, UUID.class)), rows.getObject(1, UUID.class));
                        if (rows.getString(5) != null) {
                            found.openClientValues.put(rows.getObject(1, UUID.class), RecordStore.parse(rows.getString(5)));
                        }
                    }
                }
            }
        }
        if (!resolves.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement("select id, record_id from conflict where id = any(?)")) {
                select.setArray(1, connection.createArrayOf("uuid", resolves.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.conflictOwners.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                    }
                }
            }
        }
        return found;
    }

    private static void readAnswers(Connection connection, List<EntryParser.Parsed> parsed, PushBatch.Found found) throws SQLException {
        List<UUID> clientIds = new ArrayList<>();
        List<Long> clientSeqs = new ArrayList<>();
        for (EntryParser.Parsed item : parsed) {
            if (item.clientId().isPresent() && item.clientSeq().isPresent()) {
                clientIds.add(item.clientId().get());
                clientSeqs.add(item.clientSeq().get());
            }
        }
        if (clientIds.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(
            "select a.client_id, a.client_seq, a.user_id, a.answer::text from push_answer a"
                + " join unnest(?::uuid[], ?::bigint[]) as wanted (client_id, client_seq)"
                + " on a.client_id = wanted.client_id and a.client_seq = wanted.client_seq")) {
            select.setArray(1, connection.createArrayOf("uuid", clientIds.toArray()));
            select.setArray(2, connection.createArrayOf("bigint", clientSeqs.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.answers.put(new PushBatch.AnswerKey(rows.getObject(1, UUID.class), rows.getLong(2)),
                        new AnswerStore.Stored(rows.getObject(3, UUID.class), RecordStore.parse(rows.getString(4))));
                }
            }
        }
    }

    /**
     * The base versions the entries name (with fields) and the authors of the versions the records' change marks point
     * at after the oldest base in the batch (without fields): the conflict check's reads, one statement each.
     */
    private static void readVersions(Connection connection, List<PushEntry> entries, PushBatch.Found found) throws SQLException {
        Map<UUID, Long> oldestBase = new HashMap<>();
        Set<PushBatch.VersionKey> bases = new LinkedHashSet<>();
        for (PushEntry entry : entries) {
            PushBatch.Current current = found.records.get(entry.recordId());
            if (current == null) {
                continue;
            }
            oldestBase.merge(entry.recordId(), entry.baseVersion(), Math::min);
            if (entry.baseVersion() > 0 && entry.baseVersion() <= current.record().version()) {
                bases.add(new PushBatch.VersionKey(entry.recordId(), entry.baseVersion()));
            }
        }
        Set<PushBatch.VersionKey> authors = new LinkedHashSet<>();
        oldestBase.forEach((recordId, base) -> {
            FieldChanges marks = found.records.get(recordId).marks();
            List<FieldChanges.Mark> all = new ArrayList<>(marks.fields().values());
            marks.deleted().ifPresent(all::add);
            marks.last().ifPresent(all::add);
            all.stream().filter(mark -> mark.version() > base)
                .forEach(mark -> authors.add(new PushBatch.VersionKey(recordId, mark.version())));
        });
        if (!bases.isEmpty()) {
            for (RecordVersionRow row : versions(connection, bases, true)) {
                found.bases.put(row.key(), new MergeOutcome.State(row.version().fields(), row.version().deleted()));
            }
        }
        if (!authors.isEmpty()) {
            for (RecordVersionRow row : versions(connection, authors, false)) {
                found.authors.put(row.key(), row.version());
            }
        }
    }

    private record RecordVersionRow(PushBatch.VersionKey key, RecordVersion version) {
    }

    private static List<RecordVersionRow> versions(Connection connection, Set<PushBatch.VersionKey> keys, boolean withFields)
        throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select v.record_id, v.version, v.deleted, " + (withFields ? "v.fields::text" : "'{}'") + ", v.author_id, u.username,"
                + " v.device_id, v.client_id, v.client_seq, v.received_at, v.resolves from record_version v"
                + " join unnest(?::uuid[], ?::bigint[]) as wanted (record_id, version)"
                + " on v.record_id = wanted.record_id and v.version = wanted.version join app_user u on u.id = v.author_id")) {
            select.setArray(1, connection.createArrayOf("uuid", keys.stream().map(PushBatch.VersionKey::recordId).toArray()));
            select.setArray(2, connection.createArrayOf("bigint", keys.stream().map(PushBatch.VersionKey::version).toArray()));
            List<RecordVersionRow> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Array resolves = rows.getArray(11);
                    RecordVersion version = new RecordVersion(rows.getLong(2), rows.getBoolean(3), RecordStore.parse(rows.getString(4)),
                        rows.getObject(5, UUID.class), rows.getString(6), rows.getObject(7, UUID.class), rows.getObject(8, UUID.class),
                        rows.getLong(9), rows.getTimestamp(10).toInstant(), Arrays.asList((UUID[]) resolves.getArray()));
                    result.add(new RecordVersionRow(new PushBatch.VersionKey(rows.getObject(1, UUID.class), version.version()), version));
                }
            }
            return result;
        }
    }

    private static void readUuids(PreparedStatement select, Set<UUID> into) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                into.add(rows.getObject(1, UUID.class));
            }
        }
    }

    void write(Connection connection, Principal principal, Instant now, PushBatch.Writes writes) throws SQLException {
        long[] seqs = drawSeqs(connection, writes.seqs);
        Timestamp at = Timestamp.from(now);
        writeAssignments(connection, principal, at, writes, seqs);
        writeRecords(connection, writes, seqs);
        writeVersions(connection, writes, seqs);
        writeConflicts(connection, principal, at, writes, seqs);
        writeResolutions(connection, principal, at, writes, seqs);
        writeAnswers(connection, principal, at, writes);
        quarantine.keepAll(connection, principal, writes.quarantine.stream()
            .map(row -> new QuarantineStore.Kept(row.raw(), row.reason())).toList(), now);
        audit.appendAll(connection, writes.audit);
    }

    /** {@code count} change numbers in one statement, ascending: drawn under the change lock, so in commit order. */
    private static long[] drawSeqs(Connection connection, int count) throws SQLException {
        long[] seqs = new long[count];
        if (count == 0) {
            return seqs;
        }
        try (PreparedStatement draw = connection.prepareStatement("select nextval('change_seq') from generate_series(1, ?)")) {
            draw.setInt(1, count);
            try (ResultSet rows = draw.executeQuery()) {
                int index = 0;
                while (rows.next()) {
                    seqs[index++] = rows.getLong(1);
                }
            }
        }
        Arrays.sort(seqs);
        return seqs;
    }

    private static void writeAssignments(Connection connection, Principal principal, Timestamp at, PushBatch.Writes writes, long[] seqs)
        throws SQLException {
        if (writes.assignments.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into dossier (id, created_at) values (?, ?) on conflict (id) do nothing")) {
            for (PushBatch.AssignRow row : writes.assignments) {
                insert.setObject(1, row.dossierId());
                insert.setTimestamp(2, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement upsert = connection.prepareStatement(
            "insert into caseload (user_id, dossier_id, active, seq, changed_at) values (?, ?, true, ?, ?)"
                + " on conflict (user_id, dossier_id) do update set active = true, seq = excluded.seq,"
                + " changed_at = excluded.changed_at where not caseload.active")) {
            for (PushBatch.AssignRow row : writes.assignments) {
                upsert.setObject(1, principal.userId());
                upsert.setObject(2, row.dossierId());
                upsert.setLong(3, seqs[row.seq()]);
                upsert.setTimestamp(4, at);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void writeRecords(Connection connection, PushBatch.Writes writes, long[] seqs) throws SQLException {
        if (writes.records.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
            "insert into record (id, kind, dossier_id, version, deleted, fields, seq, updated_at, changes)"
                + " values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb)"
                + " on conflict (id) do update set version = excluded.version, deleted = excluded.deleted,"
                + " fields = excluded.fields, seq = excluded.seq, updated_at = excluded.updated_at, changes = excluded.changes")) {
            for (PushBatch.RecordRow row : writes.records.values()) {
                StoredRecord state = row.state();
                upsert.setObject(1, state.id());
                upsert.setString(2, state.kind());
                upsert.setObject(3, state.dossierId());
                upsert.setLong(4, state.version());
                upsert.setBoolean(5, state.deleted());
                upsert.setString(6, RecordStore.text(state.fields()));
                upsert.setLong(7, seqs[row.seq()]);
                upsert.setTimestamp(8, Timestamp.from(state.updatedAt()));
                upsert.setString(9, RecordStore.text(row.marks().toJson()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void writeVersions(Connection connection, PushBatch.Writes writes, long[] seqs) throws SQLException {
        if (writes.versions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into record_version (record_id, version, deleted, fields, seq, author_id, device_id, client_id, client_seq,"
                + " received_at, resolves) values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PushBatch.VersionRow row : writes.versions) {
                StoredRecord state = row.state();
                RecordStore.Origin origin = row.origin();
                insert.setObject(1, state.id());
                insert.setLong(2, state.version());
                insert.setBoolean(3, state.deleted());
                insert.setString(4, RecordStore.text(state.fields()));
                insert.setLong(5, seqs[row.seq()]);
                insert.setObject(6, origin.principal().userId());
                insert.setObject(7, origin.principal().deviceId());
                insert.setObject(8, origin.clientId());
                insert.setLong(9, origin.clientSeq());
                insert.setTimestamp(10, Timestamp.from(origin.receivedAt()));
                insert.setArray(11, connection.createArrayOf("uuid", origin.resolves().toArray()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void writeConflicts(Connection connection, Principal principal, Timestamp at, PushBatch.Writes writes, long[] seqs)
        throws SQLException {
        if (writes.conflicts.isEmpty()) {
            return;
        }
        String sides = "server_value, server_deleted, server_version, server_author, server_device, server_at,"
            + " client_value, client_deleted, client_author, client_device, client_id, client_seq, client_at, seq";
        try (PreparedStatement insert = connection.prepareStatement("insert into conflict (" + sides
                 + ", id, record_id, dossier_id, kind, field, status) values (?::jsonb, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?,"
                 + " ?, ?, ?, ?, 'open')");
             PreparedStatement update = connection.prepareStatement(
                 "update conflict set server_value = ?::jsonb, server_deleted = ?, server_version = ?, server_author = ?,"
                     + " server_device = ?, server_at = ?, client_value = ?::jsonb, client_deleted = ?, client_author = ?,"
                     + " client_device = ?, client_id = ?, client_seq = ?, client_at = ?, seq = ? where id = ?")) {
            boolean inserts = false;
            boolean updates = false;
            for (PushBatch.ConflictRow row : writes.conflicts.values()) {
                PreparedStatement write = row.isNew() ? insert : update;
                MergeOutcome.ConflictDraft draft = row.draft();
                Optional<RecordVersion> change = draft.serverChange();
                write.setString(1, RecordStore.text(draft.serverValue()));
                write.setBoolean(2, draft.serverDeleted());
                write.setLong(3, row.current().version());
                write.setObject(4, change.map(RecordVersion::authorId).orElse(null));
                write.setObject(5, change.map(RecordVersion::deviceId).orElse(null));
                write.setTimestamp(6, change.map(version -> Timestamp.from(version.receivedAt())).orElse(null));
                write.setString(7, RecordStore.text(draft.clientValue()));
                write.setBoolean(8, draft.clientDeleted());
                write.setObject(9, principal.userId());
                write.setObject(10, principal.deviceId());
                write.setObject(11, row.entry().clientId());
                write.setLong(12, row.entry().clientSeq());
                write.setTimestamp(13, at);
                write.setLong(14, seqs[row.seq()]);
                write.setObject(15, row.id());
                if (row.isNew()) {
                    write.setObject(16, row.entry().recordId());
                    write.setObject(17, row.current().dossierId());
                    write.setString(18, row.current().kind());
                    write.setString(19, draft.field());
                    inserts = true;
                } else {
                    updates = true;
                }
                write.addBatch();
            }
            if (inserts) {
                insert.executeBatch();
            }
            if (updates) {
                update.executeBatch();
            }
        }
    }

    private static void writeResolutions(Connection connection, Principal principal, Timestamp at, PushBatch.Writes writes,
                                         long[] seqs) throws SQLException {
        if (writes.resolutions.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
            "update conflict set status = 'resolved', resolved_by = ?, resolved_device = ?, resolved_at = ?, resolved_version = ?,"
                + " seq = ? where id = any(?) and status = 'open'")) {
            for (PushBatch.ResolveRow row : writes.resolutions) {
                update.setObject(1, principal.userId());
                update.setObject(2, principal.deviceId());
                update.setTimestamp(3, at);
                update.setLong(4, row.version());
                update.setLong(5, seqs[row.seq()]);
                update.setArray(6, connection.createArrayOf("uuid", row.ids().toArray()));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void writeAnswers(Connection connection, Principal principal, Timestamp at, PushBatch.Writes writes)
        throws SQLException {
        if (writes.answers.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into push_answer (client_id, client_seq, user_id, answer, received_at) values (?, ?, ?, ?::jsonb, ?)")) {
            for (PushBatch.AnswerRow row : writes.answers) {
                insert.setObject(1, row.key().clientId());
                insert.setLong(2, row.key().clientSeq());
                insert.setObject(3, principal.userId());
                insert.setString(4, RecordStore.text(row.answer()));
                insert.setTimestamp(5, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
