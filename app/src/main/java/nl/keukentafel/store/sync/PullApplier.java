package nl.keukentafel.store.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.ClosedArrivals;
import nl.keukentafel.store.DossierIndexer;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;
import nl.keukentafel.sync.protocol.Wire;

/**
 * Applies one pulled page in the caller's transaction (ADR 0002): a record without pending edits becomes the
 * server's copy; one with pending edits is rebased — the server's copy becomes the base and the pending values are
 * laid on top again, while the outbox keeps its original base values; conflicts are kept; a dossier that left the
 * caseload goes once its pending changes are answered. Pulled changes write no outbox rows, only audit rows (field
 * names, never values). Thread-safe (stateless apart from its collaborators).
 */
final class PullApplier {
    static final String META_CURSOR = "sync_cursor";

    private final AuditLog audit;
    private final DossierIndexer indexer;
    private final LocalCopies copies;

    PullApplier(AuditLog audit, DossierIndexer indexer, LocalCopies copies) {
        this.audit = audit;
        this.indexer = indexer;
        this.copies = copies;
    }

    /** Returns how many records were refused (see {@link #refusal}); those leave only an audit row. */
    int apply(Connection handle, Wire.PullPage page, Set<UUID> caseload, String now) throws SQLException {
        Set<UUID> touched = new LinkedHashSet<>();
        int refused = 0;
        for (Wire.RemoteRecord remote : page.records()) {
            Optional<RecordKind> kind = kind(remote.kind());
            if (kind.isEmpty()) {
                // A kind a newer app made: the server keeps it; this version cannot show it.
                continue;
            }
            RecordRef ref = new RecordRef(kind.get(), remote.id(), remote.dossierId());
            Optional<String> refusal = refusal(handle, ref, caseload);
            if (refusal.isPresent()) {
                audit.append(handle, now, "sync-refuse", ref, refusal.get(), "refused");
                refused++;
                continue;
            }
            SyncSql.execute(handle, "delete from sync_removal where dossier_id = ?", remote.dossierId().toString());
            if (applyRecord(handle, ref, remote, now)) {
                touched.add(remote.dossierId());
                ClosedArrivals.noteIfClosed(handle, ref, now);
                ClosedArrivals.afterChange(handle, ref);
            }
        }
        for (Wire.Conflict conflict : page.conflicts()) {
            ConflictRows.upsert(handle, conflict, now);
        }
        for (UUID dossierId : page.removed()) {
            touched.remove(dossierId);
            if (OutboxRow.anyForDossier(handle, dossierId)) {
                // ADR 0002: push first, then remove — the pending changes go out (and come back rejected) first.
                SyncSql.execute(handle, "insert or ignore into sync_removal (dossier_id, reported_at) values (?, ?)",
                        dossierId.toString(), now);
            } else {
                copies.removeDossier(handle, dossierId, now);
            }
        }
        for (UUID dossierId : touched) {
            indexer.reindex(handle, dossierId);
        }
        Vault.setMeta(handle, META_CURSOR, page.cursor());
        return refused;
    }

    /**
     * Why a pulled record must not be stored, if it must not: the server is trusted with its caseload, not with
     * rewriting this vault. A record of a dossier neither announced nor already here would become a family nobody
     * assigned; one that moves to another dossier or kind would replace that family's or member's body.
     */
    private static Optional<String> refusal(Connection handle, RecordRef ref, Set<UUID> caseload) throws SQLException {
        Optional<StoredRecord> local = RecordStore.find(handle, ref.id());
        if (local.isPresent()) {
            if (!local.get().ref().dossierId().equals(ref.dossierId())) {
                return Optional.of("dossier-mismatch");
            }
            return local.get().ref().kind() == ref.kind() ? Optional.empty() : Optional.of("kind-mismatch");
        }
        if (caseload.contains(ref.dossierId())
                || SyncSql.count(handle, "select count(*) from record where dossier_id = ?", ref.dossierId().toString()) > 0) {
            return Optional.empty();
        }
        return Optional.of("outside-caseload");
    }

    /** Returns whether anything changed locally. */
    private boolean applyRecord(Connection handle, RecordRef ref, Wire.RemoteRecord remote, String now) throws SQLException {
        ObjectNode serverFields = remote.fields() == null ? RecordMapper.json().createObjectNode() : remote.fields();
        Optional<StoredRecord> local = RecordStore.find(handle, remote.id());
        if (LocalCopies.baseVersion(handle, remote.id()).filter(known -> known > remote.version()).isPresent()) {
            return false;
        }
        LocalCopies.storeBase(handle, remote.id(), remote.version(), serverFields, remote.deleted());
        if (local.isEmpty()) {
            SyncSql.execute(handle, "insert into record (id, kind, dossier_id, body, version, deleted, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)", remote.id().toString(), ref.kind().code(), remote.dossierId().toString(),
                    serverFields.toString(), remote.version(), remote.deleted() ? 1 : 0, now, now);
            audit.append(handle, now, "sync-receive", ref, "new " + String.join(",", names(serverFields)), "ok");
            return true;
        }
        ObjectNode body = serverFields.deepCopy();
        boolean deleted = remote.deleted();
        List<OutboxRow> pending = OutboxRow.forRecord(handle, remote.id());
        for (OutboxRow row : pending) {
            body.setAll(row.fields());
            if ("delete".equals(row.op()) || "restore".equals(row.op())) {
                deleted = "delete".equals(row.op());
            }
        }
        StoredRecord before = local.get();
        if (before.body().equals(body) && before.deleted() == deleted && before.version() == remote.version()) {
            return false;
        }
        SyncSql.execute(handle, "update record set body = ?, version = ?, deleted = ?, updated_at = ? where id = ?",
                body.toString(), remote.version(), deleted ? 1 : 0, now, remote.id().toString());
        String detail = (pending.isEmpty() ? "" : "rebased ") + String.join(",", changedNames(before.body(), body))
                + (before.deleted() == deleted ? "" : deleted ? " deleted" : " restored");
        audit.append(handle, now, "sync-receive", ref, detail.trim(), "ok");
        return true;
    }

    private static Optional<RecordKind> kind(String code) {
        try {
            return Optional.of(RecordKind.fromCode(code));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static List<String> names(ObjectNode fields) {
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> changedNames(ObjectNode before, ObjectNode after) {
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, JsonNode> field : after.properties()) {
            if (!field.getValue().equals(before.get(field.getKey()))) {
                names.add(field.getKey());
            }
        }
        before.fieldNames().forEachRemaining(name -> {
            if (!after.has(name)) {
                names.add(name);
            }
        });
        return names;
    }
}
