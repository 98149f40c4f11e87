package nl.keukentafel.logic.sync;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * "2 gezinnen binnengehaald": the families that sync rounds brought onto this laptop and that the consultant has not
 * taken note of yet. A notice, as a mail program's "new" count is: it stays until the consultant closes it or opens
 * one of those families (then the caseload has been looked at), and a later round that brings more adds them, so
 * nothing that arrived unseen is hidden by a smaller, newer count. A round that brings nothing changes nothing; locking
 * ends it with the session. Thread-safe.
 */
final class ReceivedNotice {
    private final Set<UUID> families = new LinkedHashSet<>();
    private Instant at;

    /** A round ended at {@code when} and brought these families (dossier ids); none: nothing changes. */
    synchronized void received(Collection<UUID> brought, Instant when) {
        if (!brought.isEmpty()) {
            families.addAll(brought);
            at = when;
        }
    }

    /** The consultant opened a dossier: when it is one of the families in the notice, the notice has been seen. */
    synchronized boolean opened(UUID dossierId) {
        if (families.contains(dossierId)) {
            dismiss();
            return true;
        }
        return false;
    }

    /** The consultant closed the notice. */
    synchronized void dismiss() {
        families.clear();
        at = null;
    }

    /** How many families the notice names and when the last of them arrived; empty when there is nothing to say. */
    synchronized Optional<SyncService.Receipt> current() {
        return families.isEmpty() ? Optional.empty() : Optional.of(new SyncService.Receipt(families.size(), at));
    }
}
