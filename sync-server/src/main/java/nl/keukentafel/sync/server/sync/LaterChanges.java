package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.UUID;

/**
 * What a three-way merge needs to know about the versions after an entry's base version: who last changed a field,
 * who deleted the record, whether anyone else changed anything. Two sources answer it: the full history (tests and
 * the rules' reference, {@link HistoryChanges}) and the per-field last-change marks kept in the record row
 * ({@link FieldChanges#laterThan}), which cost one row whatever the length of the history.
 */
interface LaterChanges {

    /**
     * The version after the base in which another client last changed {@code name}; empty when no other client did,
     * or when the value is back at its base value (changed and changed back is no change).
     */
    Optional<RecordVersion> lastForeignChange(String name, JsonNode baseValue, JsonNode currentValue, UUID clientId);

    /** The version after the base in which another client deleted the record, if one did. */
    Optional<RecordVersion> lastForeignDeletion(boolean baseDeleted, UUID clientId);

    /** The latest version after the base made by another client, if any. */
    Optional<RecordVersion> lastForeign(UUID clientId);
}
