package nl.keukentafel.store.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.sync.protocol.PushOutcome;
import nl.keukentafel.sync.protocol.Wire;

/**
 * Stores the server's answers to one pushed batch, in the caller's transaction: answered rows leave the outbox,
 * rejected ones move to {@code sync_rejected}, and a record whose every pending change was applied as sent takes the
 * server's version with its own body as the base. Merged and conflicting records keep their version until the pull
 * brings the server's copy: taking the new version without the others' fields would hide their change from the next
 * three-way merge. Thread-safe (stateless apart from its collaborators).
 */
final class PushAnswers {
    private final AuditLog audit;
    private final LocalCopies copies;

    PushAnswers(AuditLog audit, LocalCopies copies) {
        this.audit = audit;
        this.copies = copies;
    }

    void store(Connection handle, List<Wire.PushEntry> sent, List<Wire.PushResult> results, String now) throws SQLException {
        if (sent.size() != results.size()) {
            throw new SQLException("push answers do not match the batch: " + sent.size() + " sent, " + results.size() + " answered");
        }
        Map<UUID, Long> appliedVersions = new HashMap<>();
        Set<UUID> notPlainlyApplied = new HashSet<>();
        for (int index = 0; index < sent.size(); index++) {
            Wire.PushEntry entry = sent.get(index);
            Wire.PushResult result = results.get(index);
            String outcome = result.result() == null ? "unknown" : result.result();
            if (result.rejected()) {
                keepRejected(handle, entry, result.reason() == null ? "unknown" : result.reason(), now);
                for (UUID conflict : entry.resolves()) {
                    // The resolution did not reach the server: the conflict is open again, in sight of a person.
                    SyncSql.execute(handle, "update sync_conflict set status = 'open' where id = ? and status = 'resolving'",
                            conflict.toString());
                }
            }
            SyncSql.execute(handle, "delete from outbox where seq = ?", entry.clientSeq());
            if (result.outcome().equals(Optional.of(PushOutcome.APPLIED)) && result.version() != null) {
                appliedVersions.merge(entry.recordId(), result.version(), Math::max);
            } else {
                notPlainlyApplied.add(entry.recordId());
            }
            String detail = outcome + (result.conflicts() == null || result.conflicts().isEmpty() ? ""
                    : " conflicts=" + result.conflicts().size())
                    + (entry.resolves().isEmpty() ? "" : " resolves=" + entry.resolves().size());
            Optional<RecordRef> ref = ref(entry);
            if (ref.isPresent()) {
                audit.append(handle, now, "sync-send", ref.get(), entry.op() + " " + detail, result.rejected() ? "rejected" : "ok");
            }
        }
        for (Map.Entry<UUID, Long> applied : appliedVersions.entrySet()) {
            if (!notPlainlyApplied.contains(applied.getKey()) && !OutboxRow.anyForRecord(handle, applied.getKey())) {
                moveVersionOn(handle, applied.getKey(), applied.getValue());
            }
        }
        copies.removeSettledDossiers(handle, now);
    }

    private static void moveVersionOn(Connection handle, UUID recordId, long version) throws SQLException {
        Optional<StoredRecord> local = RecordStore.find(handle, recordId);
        if (local.isEmpty() || local.get().version() >= version) {
            return;
        }
        SyncSql.execute(handle, "update record set version = ? where id = ?", version, recordId.toString());
        // the server now holds exactly this record: its base is its own body (null, copied on the next local write)
        LocalCopies.storeBase(handle, recordId, version, null, local.get().deleted());
    }

    private static void keepRejected(Connection handle, Wire.PushEntry entry, String reason, String now) throws SQLException {
        String createdAt = OutboxRow.forRecord(handle, entry.recordId()).stream().filter(row -> row.seq() == entry.clientSeq())
                .map(OutboxRow::createdAt).findFirst().orElse(now);
        SyncSql.execute(handle, "insert or ignore into sync_rejected (client_seq, record_id, kind, dossier_id, op, fields, base_version,"
                + " base_fields, resolves, created_at, reason, rejected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.clientSeq(), entry.recordId().toString(), entry.kind(), entry.dossierId().toString(), entry.op(),
                SyncSql.text(entry.fields()), entry.baseVersion(), entry.baseFields() == null ? null : entry.baseFields().toString(),
                SyncSql.uuidArray(entry.resolves()), createdAt, reason, now);
    }

    private static Optional<RecordRef> ref(Wire.PushEntry entry) {
        try {
            return Optional.of(new RecordRef(RecordKind.fromCode(entry.kind()), entry.recordId(), entry.dossierId()));
        } catch (IllegalArgumentException unknownKind) {
            return Optional.empty();
        }
    }
}
