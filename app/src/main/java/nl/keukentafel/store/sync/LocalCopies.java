package nl.keukentafel.store.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.DossierIndexer;
import nl.keukentafel.store.RecordStore;

/**
 * Writes of the replica's own copies — the base (last server copy) and whole dossiers leaving — in the caller's
 * transaction. Thread-safe (stateless apart from its collaborators).
 */
final class LocalCopies {
    /** Moves the base forward; an older copy (a repeated page) never replaces a newer one. */
    static final String STORE_BASE = "insert into record_base (record_id, version, body, deleted) values (?, ?, ?, ?)"
            + " on conflict (record_id) do update set version = excluded.version, body = excluded.body, deleted = excluded.deleted"
            + " where excluded.version >= record_base.version";

    private final AuditLog audit;
    private final DossierIndexer indexer;

    LocalCopies(AuditLog audit, DossierIndexer indexer) {
        this.audit = audit;
        this.indexer = indexer;
    }

    /** The base rows' versions of these records, where they have one (one query for a whole page). */
    static Map<UUID, Long> baseVersions(Connection handle, Collection<UUID> recordIds) throws SQLException {
        Map<UUID, Long> versions = new HashMap<>();
        try (PreparedStatement select = SyncSql.prepareIn(handle, "select record_id, version from record_base where record_id",
                recordIds); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                versions.put(UUID.fromString(rows.getString(1)), rows.getLong(2));
            }
        }
        return versions;
    }

    /**
     * The base version this vault knows for a record, if any: its base row's, or without one (V8: a record pulled new
     * and not edited since) the record's own version when it has been on the server.
     */
    static Optional<Long> baseVersion(Connection handle, UUID recordId) throws SQLException {
        try (PreparedStatement select = handle.prepareStatement("select coalesce(base.version, record.version)"
                + RecordStore.WITH_BASE)) {
            select.setString(1, recordId.toString());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Moves the base forward; an older copy (a repeated page) never replaces a newer one. A null body means the
     * record's own body as it stands (V7): only for a record that holds exactly the server's copy.
     */
    static void storeBase(Connection handle, UUID recordId, long version, ObjectNode body, boolean deleted) throws SQLException {
        try (PreparedStatement upsert = handle.prepareStatement(STORE_BASE)) {
            bindBase(upsert, recordId, version, body == null ? null : body.toString(), deleted);
            upsert.executeUpdate();
        }
    }

    static void bindBase(PreparedStatement upsert, UUID recordId, long version, String body, boolean deleted) throws SQLException {
        upsert.setString(1, recordId.toString());
        upsert.setLong(2, version);
        upsert.setString(3, body);
        upsert.setInt(4, deleted ? 1 : 0);
    }

    /** Removes every local trace of a dossier that left the caseload, except the audit log and rejected changes. */
    void removeDossier(Connection handle, UUID dossierId, String now) throws SQLException {
        String id = dossierId.toString();
        SyncSql.execute(handle, "delete from record_base where record_id in (select id from record where dossier_id = ?)", id);
        int removed = SyncSql.execute(handle, "delete from record where dossier_id = ?", id);
        SyncSql.execute(handle, "delete from sync_conflict where dossier_id = ?", id);
        SyncSql.execute(handle, "delete from sync_removal where dossier_id = ?", id);
        indexer.reindex(handle, dossierId);
        audit.append(handle, now, "sync-remove", new RecordRef(RecordKind.FAMILY, dossierId, dossierId),
                "left-caseload records=" + removed, "ok");
    }

    /** Dossiers whose removal waited for their pending changes, and now have none left. */
    void removeSettledDossiers(Connection handle, String now) throws SQLException {
        java.util.List<UUID> waiting = new java.util.ArrayList<>();
        try (PreparedStatement select = handle.prepareStatement("select dossier_id from sync_removal");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                waiting.add(UUID.fromString(rows.getString(1)));
            }
        }
        for (UUID dossierId : waiting) {
            if (!OutboxRow.anyForDossier(handle, dossierId)) {
                removeDossier(handle, dossierId, now);
            }
        }
    }
}
