package nl.keukentafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;

/**
 * The audit log inside the vault (NEN 7513 style): who, what, which record, when, from which device,
 * with what result. Detail holds field names, never values. Thread-safe.
 */
public final class AuditLog {
    private static final String INSERT = "insert into audit_log (at, actor, device, action, dossier_id,"
            + " record_kind, record_id, detail, result) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;
    private final Clock clock;
    private final Actor actor;

    public AuditLog(Database database, Clock clock, Actor actor) {
        this.database = database;
        this.clock = clock;
        this.actor = actor;
    }

    /** One line of the log. {@code kind} and {@code recordId} are null for vault-wide events. */
    public record Entry(long seq, Instant at, String actor, String device, String action, UUID dossierId,
                        RecordKind kind, UUID recordId, String detail, String result) {
    }

    /** Records an event of its own, e.g. opening a dossier or exporting it. */
    public CompletableFuture<Void> record(String action, RecordRef ref, String detail, String result) {
        return database.write("could not write audit entry for dossier " + (ref == null ? "-" : ref.dossierId()), handle -> {
            append(handle, clock.instant().toString(), action, ref, detail, result);
            return null;
        });
    }

    /** Appends an entry inside the caller's transaction. */
    public void append(Connection handle, String at, String action, RecordRef ref, String detail, String result) throws SQLException {
        try (PreparedStatement insert = handle.prepareStatement(INSERT)) {
            bind(insert, at, action, ref, detail, result);
            insert.executeUpdate();
        }
    }

    private void bind(PreparedStatement insert, String at, String action, RecordRef ref, String detail, String result)
            throws SQLException {
        insert.setString(1, at);
        insert.setString(2, actor.name());
        insert.setString(3, actor.device());
        insert.setString(4, action);
        insert.setString(5, ref == null ? null : ref.dossierId().toString());
        insert.setString(6, ref == null ? null : ref.kind().code());
        insert.setString(7, ref == null ? null : ref.id().toString());
        insert.setString(8, detail == null ? "" : detail);
        insert.setString(9, result);
    }

    /**
     * A batch of entries for the caller's transaction: one prepared statement for many rows, in order, written on
     * {@link Batch#flush}; closing drops what was not flushed (a failed transaction rolls back anyway). For the sync
     * pull, which appends one entry per pulled record.
     */
    public Batch batch(Connection handle) throws SQLException {
        return new Batch(handle.prepareStatement(INSERT));
    }

    /** Entries waiting in one prepared statement; not thread-safe (one transaction's). */
    public final class Batch implements AutoCloseable {
        private final PreparedStatement insert;
        private int waiting;

        private Batch(PreparedStatement insert) {
            this.insert = insert;
        }

        /** As {@link AuditLog#append}, written at the next flush. */
        public void add(String at, String action, RecordRef ref, String detail, String result) throws SQLException {
            bind(insert, at, action, ref, detail, result);
            insert.addBatch();
            waiting++;
        }

        public void flush() throws SQLException {
            if (waiting > 0) {
                insert.executeBatch();
                waiting = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    /** The dossier's log, newest first. */
    public List<Entry> forDossier(UUID dossierId) {
        return database.read("could not read the audit log of dossier " + dossierId, handle -> {
            try (PreparedStatement select = handle.prepareStatement(
                    "select * from audit_log where dossier_id = ? order by seq desc")) {
                select.setString(1, dossierId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    List<Entry> entries = new ArrayList<>();
                    while (rows.next()) {
                        String kind = rows.getString("record_kind");
                        String recordId = rows.getString("record_id");
                        entries.add(new Entry(rows.getLong("seq"), Instant.parse(rows.getString("at")), rows.getString("actor"),
                                rows.getString("device"), rows.getString("action"), dossierId,
                                kind == null ? null : RecordKind.fromCode(kind), recordId == null ? null : UUID.fromString(recordId),
                                rows.getString("detail"), rows.getString("result")));
                    }
                    return entries;
                }
            }
        });
    }
}
