package nl.keukentafel.logic.sync;

import java.time.Instant;
import java.util.UUID;
import nl.keukentafel.model.RecordRef;

/**
 * One open conflict as the merge view shows it: the field (null when the record as a whole conflicts, e.g. a
 * delete racing an edit), both values as plain Java values (String, Boolean, Number or null), who and when.
 * {@code mine} is this vault's side. {@code recordName} names the member or contact as stored here ("Noor Bakker"),
 * empty for the household record or a record no longer here. Immutable.
 */
public record ConflictItem(UUID conflictId, RecordRef ref, String householdName, String field,
                           Object serverValue, boolean serverDeleted, String serverAuthor, Instant serverAt,
                           Object clientValue, boolean clientDeleted, String clientAuthor, Instant clientAt,
                           boolean mine, String recordName) {
    /** Without a record name (the household record, or where the name does not matter). */
    public ConflictItem(UUID conflictId, RecordRef ref, String householdName, String field,
                        Object serverValue, boolean serverDeleted, String serverAuthor, Instant serverAt,
                        Object clientValue, boolean clientDeleted, String clientAuthor, Instant clientAt, boolean mine) {
        this(conflictId, ref, householdName, field, serverValue, serverDeleted, serverAuthor, serverAt, clientValue, clientDeleted,
                clientAuthor, clientAt, mine, "");
    }

    public boolean wholeRecord() {
        return field == null;
    }

    /** A new value can be typed only for a text field that both sides still hold. */
    public boolean typable() {
        return !wholeRecord() && !serverDeleted && !clientDeleted && textual(serverValue) && textual(clientValue);
    }

    private static boolean textual(Object value) {
        return value == null || value instanceof String;
    }
}
