package nl.keukentafel.store.sync;

import nl.keukentafel.sync.protocol.ConflictStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * A conflict as kept in the vault: both sides as the server reported them. {@code field} is null when the record
 * as a whole conflicts; then each value is the whole fields object. Times are the server's receive times (ISO text).
 * Immutable apart from the JSON values, which are private copies.
 */
public record StoredConflict(UUID id, UUID recordId, UUID dossierId, String kind, String field, String status, Side server,
                             Side client) {

    /** One side: value, tombstone, the server version (server side only), author, device, time. */
    public record Side(JsonNode value, boolean deleted, Long version, String author, UUID deviceId, String at) {
    }

    public boolean open() {
        return ConflictStatus.OPEN.code().equals(status);
    }
}
