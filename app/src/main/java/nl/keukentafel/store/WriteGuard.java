package nl.keukentafel.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.PlanVersion;

/**
 * The one place that says a local write may not happen (ADR 0005): an agreed plan version never changes, and a
 * closed dossier changes only through its closure (reopening). Every write of {@link RecordStore} asks here, so the
 * screens, the command line and imports cannot differ. Pulled changes do not pass here: what the server accepted is
 * kept, and the plan screen shows what arrived after closing. Stateless.
 */
final class WriteGuard {
    private WriteGuard() {
    }

    /** Throws {@link ReadOnlyRecordException} when {@code ref} (stored now as {@code current}) may not be written. */
    static void check(Connection handle, RecordRef ref, Optional<StoredRecord> current) throws SQLException {
        if (current.isPresent() && current.get().body().path(PlanVersion.Field.FROZEN).asBoolean(false)) {
            throw new ReadOnlyRecordException(ReadOnlyRecordException.Reason.FROZEN, ref);
        }
        if (ref.kind() == RecordKind.CLOSURE) {
            return;
        }
        if (ClosedArrivals.closed(handle, ref.dossierId())) {
            throw new ReadOnlyRecordException(ReadOnlyRecordException.Reason.DOSSIER_CLOSED, ref);
        }
    }
}
