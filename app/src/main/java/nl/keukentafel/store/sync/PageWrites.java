package nl.keukentafel.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.AuditLog;

/**
 * The writes of one pulled page, each kind through one prepared statement reused for the whole page and sent as a
 * JDBC batch: pulled records, their base copies, the page's audit entries. {@link #flush} writes them in the order
 * a record-by-record apply would have left them (a record's insert before its later update; audit rows in order).
 * The records a page brings new to a dossier share one audit row ("new records=N", where the first of them came):
 * the dossier arrived, and nineteen rows naming each member and contact said nothing more at the cost of a sixth of
 * the page's writes. A change to a record already here keeps its own row with the changed fields' names.
 * For one transaction on the writer thread; not thread-safe.
 */
final class PageWrites implements AutoCloseable {
    private final PreparedStatement insertRecord;
    private final PreparedStatement updateRecord;
    private final PreparedStatement storeBase;
    private final PreparedStatement clearRemoval;
    private final AuditLog.Batch audit;
    private final List<PreparedStatement> inOrder;
    private final List<AuditRow> auditRows = new ArrayList<>();
    private final Map<UUID, AuditRow> newRecordsByDossier = new HashMap<>();

    PageWrites(Connection handle, AuditLog auditLog) throws SQLException {
        insertRecord = handle.prepareStatement("insert into record (id, kind, dossier_id, body, version, deleted, created_at,"
                + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
        updateRecord = handle.prepareStatement("update record set body = ?, version = ?, deleted = ?, updated_at = ? where id = ?");
        storeBase = handle.prepareStatement(LocalCopies.STORE_BASE);
        clearRemoval = handle.prepareStatement("delete from sync_removal where dossier_id = ?");
        audit = auditLog.batch(handle);
        inOrder = List.of(insertRecord, updateRecord, storeBase, clearRemoval);
    }

    void insertRecord(RecordRef ref, String body, long version, boolean deleted, String now) throws SQLException {
        insertRecord.setString(1, ref.id().toString());
        insertRecord.setString(2, ref.kind().code());
        insertRecord.setString(3, ref.dossierId().toString());
        insertRecord.setString(4, body);
        insertRecord.setLong(5, version);
        insertRecord.setInt(6, deleted ? 1 : 0);
        insertRecord.setString(7, now);
        insertRecord.setString(8, now);
        insertRecord.addBatch();
    }

    void updateRecord(UUID id, String body, long version, boolean deleted, String now) throws SQLException {
        updateRecord.setString(1, body);
        updateRecord.setLong(2, version);
        updateRecord.setInt(3, deleted ? 1 : 0);
        updateRecord.setString(4, now);
        updateRecord.setString(5, id.toString());
        updateRecord.addBatch();
    }

    void storeBase(UUID id, long version, String body, boolean deleted) throws SQLException {
        LocalCopies.bindBase(storeBase, id, version, body, deleted);
        storeBase.addBatch();
    }

    /** The dossier is on the caseload again: a removal that waited for its pending changes is off. */
    void clearRemoval(UUID dossierId) throws SQLException {
        clearRemoval.setString(1, dossierId.toString());
        clearRemoval.addBatch();
    }

    void audit(String now, String action, RecordRef ref, String detail, String result) {
        auditRows.add(new AuditRow(now, action, ref, detail, result));
    }

    /** One more record new to this dossier: counted in the dossier's one "new records" row of this page. */
    void auditNew(String now, UUID dossierId) {
        newRecordsByDossier.computeIfAbsent(dossierId, dossier -> {
            AuditRow row = new AuditRow(now, "sync-receive", new RecordRef(RecordKind.FAMILY, dossier, dossier), null, "ok");
            auditRows.add(row);
            return row;
        }).newRecords++;
    }

    /** Writes everything added so far; call before anything else reads or writes these tables in the transaction. */
    void flush() throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.executeBatch();
        }
        for (AuditRow row : auditRows) {
            audit.add(row.at, row.action, row.ref, row.detail == null ? "new records=" + row.newRecords : row.detail, row.result);
        }
        auditRows.clear();
        newRecordsByDossier.clear();
        audit.flush();
    }

    /** Closes the statements without writing what is left: a failed page rolls back anyway. */
    @Override
    public void close() throws SQLException {
        try {
            for (PreparedStatement statement : inOrder) {
                statement.close();
            }
        } finally {
            audit.close();
        }
    }

    /** An audit row waiting for the flush; a dossier's "new records" row counts until then. */
    private static final class AuditRow {
        final String at;
        final String action;
        final RecordRef ref;
        final String detail;
        final String result;
        int newRecords;

        AuditRow(String at, String action, RecordRef ref, String detail, String result) {
            this.at = at;
            this.action = action;
            this.ref = ref;
            this.detail = detail;
            this.result = result;
        }
    }
}
