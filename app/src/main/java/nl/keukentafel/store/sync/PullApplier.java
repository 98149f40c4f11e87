package nl.keukentafel.store.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.PlanIds;
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

    /**
     * Returns how many records were refused (see {@link #refusal}); those leave only an audit row. Set-based: what the
     * page needs to know of the vault is read for the whole page up front (a few queries, each over the list of ids), kept up to date in
     * memory while the page is applied record by record with the same rules, and the writes go out as JDBC batches
     * before anything else in the transaction reads them.
     */
    int apply(Connection handle, Wire.PullPage page, Set<UUID> caseload, String now) throws SQLException {
        Known known = Known.read(handle, page, caseload, Instant.parse(now));
        Set<UUID> touched = new LinkedHashSet<>();
        Set<UUID> placed = new HashSet<>();
        int refused = 0;
        try (PageWrites writes = new PageWrites(handle, audit)) {
            for (Wire.RemoteRecord remote : page.records()) {
                Optional<RecordKind> kind = kind(remote.kind());
                if (kind.isEmpty()) {
                    // A kind a newer app made: the server keeps it; this version cannot show it.
                    continue;
                }
                RecordRef ref = new RecordRef(kind.get(), remote.id(), remote.dossierId());
                Optional<String> refusal = refusal(known, ref, caseload);
                if (refusal.isPresent()) {
                    writes.audit(now, "sync-refuse", ref, refusal.get(), "refused");
                    refused++;
                    continue;
                }
                if (placed.add(remote.dossierId())) {
                    writes.clearRemoval(remote.dossierId());
                }
                if (applyRecord(handle, writes, known, ref, remote, now)) {
                    touched.add(remote.dossierId());
                    afterApplied(handle, known, ref, now);
                }
            }
            writes.flush();
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
        // all the page's dossiers at once: one read of only the kinds a caseload row is made of, one batched write; the
        // records this page wrote are taken as they are in memory instead of parsing them back, and a dossier that had
        // no record here before this page is made from memory alone (every record it has here, this page wrote)
        Set<UUID> newHere = new HashSet<>(touched);
        newHere.removeAll(known.dossiersHere);
        indexer.reindex(handle, touched, known.records, newHere);
        Vault.setMeta(handle, META_CURSOR, page.cursor());
        return refused;
    }

    /** What arrived while the dossier is closed here is noted (ADR 0005); a reopened dossier forgets its arrivals. */
    private static void afterApplied(Connection handle, Known known, RecordRef ref, String now) throws SQLException {
        if (ref.kind() == RecordKind.CLOSURE) {
            if (!known.closed(ref.dossierId())) {
                ClosedArrivals.clear(handle, ref.dossierId());
            }
        } else if (known.closed(ref.dossierId())) {
            ClosedArrivals.note(handle, ref, now);
        }
    }

    /**
     * Why a pulled record must not be stored, if it must not: the server is trusted with its caseload, not with
     * rewriting this vault. A record of a dossier neither announced nor already here would become a family nobody
     * assigned; one that moves to another dossier or kind would replace that family's or member's body.
     */
    private static Optional<String> refusal(Known known, RecordRef ref, Set<UUID> caseload) {
        StoredRecord local = known.records.get(ref.id());
        if (local != null) {
            if (!local.ref().dossierId().equals(ref.dossierId())) {
                return Optional.of("dossier-mismatch");
            }
            return local.ref().kind() == ref.kind() ? Optional.empty() : Optional.of("kind-mismatch");
        }
        if (caseload.contains(ref.dossierId()) || known.dossiersHere.contains(ref.dossierId())) {
            return Optional.empty();
        }
        return Optional.of("outside-caseload");
    }

    /** Returns whether anything changed locally. */
    private boolean applyRecord(Connection handle, PageWrites writes, Known known, RecordRef ref, Wire.RemoteRecord remote,
                                String now) throws SQLException {
        ObjectNode serverFields = remote.fields() == null ? RecordMapper.json().createObjectNode() : remote.fields();
        StoredRecord local = known.records.get(remote.id());
        Long baseVersion = known.baseVersion(remote.id());
        if (baseVersion != null && baseVersion > remote.version()) {
            return false;
        }
        String serverText = serverFields.toString();
        List<OutboxRow> pending = known.withOutbox.contains(remote.id()) ? OutboxRow.forRecord(handle, remote.id()) : List.of();
        // A record new here, exactly as the server sent it, needs no base row: its base is implicit (its own version and
        // body, V8). Otherwise without pending changes the record becomes (or already is) the server's copy: its base
        // body is the record's own (null; V7's trigger copies it on the first local write). Written after the record.
        if (local != null || !pending.isEmpty()) {
            writes.storeBase(remote.id(), remote.version(), pending.isEmpty() ? null : serverText, remote.deleted());
        }
        known.baseVersions.put(remote.id(), remote.version());
        if (local == null) {
            writes.insertRecord(ref, serverText, remote.version(), remote.deleted(), now);
            writes.auditNew(now, ref.dossierId());
            known.records.put(remote.id(), new StoredRecord(ref, serverFields, remote.version(), 0, remote.deleted(),
                    known.appliedAt));
            return true;
        }
        ObjectNode body = serverFields.deepCopy();
        boolean deleted = remote.deleted();
        for (OutboxRow row : pending) {
            body.setAll(row.fields());
            if ("delete".equals(row.op()) || "restore".equals(row.op())) {
                deleted = "delete".equals(row.op());
            }
        }
        if (local.body().equals(body) && local.deleted() == deleted && local.version() == remote.version()) {
            return false;
        }
        writes.updateRecord(remote.id(), pending.isEmpty() ? serverText : body.toString(), remote.version(), deleted, now);
        String detail = (pending.isEmpty() ? "" : "rebased ") + String.join(",", changedNames(local.body(), body))
                + (local.deleted() == deleted ? "" : deleted ? " deleted" : " restored");
        writes.audit(now, "sync-receive", ref, detail.trim(), "ok");
        known.records.put(remote.id(), new StoredRecord(local.ref(), body, remote.version(), local.localRev(), deleted,
                known.appliedAt));
        return true;
    }

    /**
     * What the vault holds that one page's apply asks about, read for the whole page at once and kept up to date in
     * memory as the page is applied: the page's records and its dossiers' closures, their base versions, which of
     * them have pending changes, and which of the page's dossiers had records here before it.
     * The pull writes no outbox rows and removes no records while it applies records, so the last two hold.
     */
    private static final class Known {
        final Map<UUID, StoredRecord> records;
        final Map<UUID, Long> baseVersions;
        final Set<UUID> withOutbox;
        final Set<UUID> dossiersHere;
        final Instant appliedAt;
        private final Map<UUID, UUID> closureIds = new HashMap<>();

        private Known(Map<UUID, StoredRecord> records, Map<UUID, Long> baseVersions, Set<UUID> withOutbox,
                      Set<UUID> dossiersHere, Instant appliedAt) {
            this.appliedAt = appliedAt;
            this.records = records;
            this.baseVersions = baseVersions;
            this.withOutbox = withOutbox;
            this.dossiersHere = dossiersHere;
        }

        static Known read(Connection handle, Wire.PullPage page, Set<UUID> caseload, Instant appliedAt) throws SQLException {
            Set<UUID> recordIds = new LinkedHashSet<>();
            Set<UUID> dossierIds = new LinkedHashSet<>();
            for (Wire.RemoteRecord remote : page.records()) {
                recordIds.add(remote.id());
                dossierIds.add(remote.dossierId());
            }
            Set<UUID> wanted = new LinkedHashSet<>(recordIds);
            dossierIds.forEach(dossierId -> wanted.add(PlanIds.closure(dossierId).id()));
            // which of the page's dossiers have records here already: for the caseload check of those outside the
            // caseload, and for the index (a dossier new here is indexed from what the page wrote)
            Set<UUID> dossiersHere = SyncSql.idsIn(handle, "select distinct dossier_id from record where dossier_id", dossierIds);
            return new Known(new HashMap<>(RecordStore.findAll(handle, wanted)), LocalCopies.baseVersions(handle, recordIds),
                    SyncSql.idsIn(handle, "select distinct record_id from outbox where record_id", recordIds), dossiersHere,
                    appliedAt);
        }

        /**
         * The server's version this record is based on: its base row's, or without one (V8) the record's own when it
         * has been on the server; null for a record never on the server (or not here).
         */
        Long baseVersion(UUID recordId) {
            Long stored = baseVersions.get(recordId);
            if (stored != null) {
                return stored;
            }
            StoredRecord local = records.get(recordId);
            return local != null && local.version() > 0 ? local.version() : null;
        }

        /** As {@link ClosedArrivals}: the dossier's closure, as it stands now in this page's apply, closes it. */
        boolean closed(UUID dossierId) {
            // a closure's id is a SHA-1 name-based UUID: made once per dossier of the page, not once per record
            UUID closureId = closureIds.computeIfAbsent(dossierId, dossier -> PlanIds.closure(dossier).id());
            return ClosedArrivals.closes(Optional.ofNullable(records.get(closureId)));
        }
    }

    private static Optional<RecordKind> kind(String code) {
        try {
            return Optional.of(RecordKind.fromCode(code));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
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
