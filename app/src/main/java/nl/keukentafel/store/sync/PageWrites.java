package nl.keukentafel.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.AuditLog;

/**
 * The writes of one pulled page, each kind through one prepared statement reused for the whole page and sent as a
 * JDBC batch: pulled records, their base copies, the page's audit entries. {@link #flush} writes them in the order
 * a record-by-record apply would have left them (a record's insert before its later update; audit rows in order).
 * For one transaction on the writer thread; not thread-safe.
 */
final class PageWrites implements AutoCloseable {
    private final PreparedStatement insertRecord;
    private final PreparedStatement updateRecord;
    private final PreparedStatement storeBase;
    private final PreparedStatement clearRemoval;
    private final AuditLog.Batch audit;
    private final List<PreparedStatement> inOrder;

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

    void audit(String now, String action, RecordRef ref, String detail, String result) throws SQLException {
        audit.add(now, action, ref, detail, result);
    }

    /** Writes everything added so far; call before anything else reads or writes these tables in the transaction. */
    void flush() throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.executeBatch();
        }
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
}
