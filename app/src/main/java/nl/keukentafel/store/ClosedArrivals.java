package nl.keukentafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.PlanIds;

/**
 * What sync brought into a dossier while this laptop held it as closed (ADR 0005): kept and applied, and listed here
 * so the plan screen shows it ("arrived after closing") until the dossier is reopened. Local to this laptop, never
 * synced. Thread-safe: writes run inside the caller's transaction, reads on the read connection.
 */
public final class ClosedArrivals {
    private final Database database;

    public ClosedArrivals(Database database) {
        this.database = database;
    }

    /** Notes {@code ref} when its dossier is closed here now; the closure itself is never an arrival. */
    public static void noteIfClosed(Connection handle, RecordRef ref, String now) throws SQLException {
        if (ref.kind() == RecordKind.CLOSURE || !closed(handle, ref.dossierId())) {
            return;
        }
        note(handle, ref, now);
    }

    /** Notes {@code ref} as arrived while its dossier is closed; for a caller that already knows it is closed. */
    public static void note(Connection handle, RecordRef ref, String now) throws SQLException {
        try (PreparedStatement insert = handle.prepareStatement("insert or replace into closed_arrival"
                + " (record_id, dossier_id, kind, arrived_at) values (?, ?, ?, ?)")) {
            insert.setString(1, ref.id().toString());
            insert.setString(2, ref.dossierId().toString());
            insert.setString(3, ref.kind().code());
            insert.setString(4, now);
            insert.executeUpdate();
        }
    }

    /** After any change of a closure (local or pulled): a reopened dossier forgets its arrivals. */
    public static void afterChange(Connection handle, RecordRef ref) throws SQLException {
        if (ref.kind() == RecordKind.CLOSURE && !closed(handle, ref.dossierId())) {
            clear(handle, ref.dossierId());
        }
    }

    /** Forgets a dossier's arrivals: it was reopened, and what arrived is now ordinary content. */
    public static void clear(Connection handle, UUID dossierId) throws SQLException {
        try (PreparedStatement delete = handle.prepareStatement("delete from closed_arrival where dossier_id = ?")) {
            delete.setString(1, dossierId.toString());
            delete.executeUpdate();
        }
    }

    /** The records that arrived by sync while the dossier was closed here, in arrival order. */
    public List<RecordRef> of(UUID dossierId) {
        return database.read("could not read the arrivals of dossier " + dossierId, handle -> {
            try (PreparedStatement select = handle.prepareStatement(
                    "select record_id, kind from closed_arrival where dossier_id = ? order by arrived_at, record_id")) {
                select.setString(1, dossierId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    List<RecordRef> arrivals = new ArrayList<>();
                    while (rows.next()) {
                        arrivals.add(new RecordRef(RecordKind.fromCode(rows.getString(2)), UUID.fromString(rows.getString(1)), dossierId));
                    }
                    return arrivals;
                }
            }
        });
    }

    static boolean closed(Connection handle, UUID dossierId) throws SQLException {
        return closes(RecordStore.find(handle, PlanIds.closure(dossierId).id()));
    }

    /** Whether this stored closure record (of {@link PlanIds#closure}) closes its dossier. */
    public static boolean closes(Optional<StoredRecord> closure) {
        return closure.isPresent() && !closure.get().deleted() && closure.get().body().path(Closure.Field.CLOSED).asBoolean(false);
    }
}
