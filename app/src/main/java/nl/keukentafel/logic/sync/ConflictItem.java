package nl.keukentafel.logic.sync;

import java.time.Instant;
import java.util.UUID;
import nl.keukentafel.model.RecordRef;

/**
 * One open conflict as the merge view shows it: the field (null when the record as a whole conflicts, e.g. a
 * delete racing an edit), both values as plain Java values (String, Boolean, Number or null), who and when.
 * {@code mine} is this vault's side. Immutable.
 */
public record ConflictItem(UUID conflictId, RecordRef ref, String householdName, String field,
                           Object serverValue, boolean serverDeleted, String serverAuthor, Instant serverAt,
                           Object clientValue, boolean clientDeleted, String clientAuthor, Instant clientAt,
                           boolean mine) {
    public boolean wholeRecord() {
        return field == null;
    }
}
