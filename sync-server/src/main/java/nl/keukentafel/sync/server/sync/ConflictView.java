package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A conflict as the client sees it: both sides with who, from which device and when (the server's receive time).
 * {@code field} is empty when the record as a whole conflicts. Immutable.
 */
public record ConflictView(UUID id, UUID recordId, UUID dossierId, String kind, Optional<String> field, String status,
                           Side server, Side client, Optional<Resolution> resolution) {

    /** One side: the value (the whole fields object for a whole-record conflict), tombstone, author, device, time. */
    public record Side(JsonNode value, boolean deleted, Optional<Long> version, Optional<String> author, Optional<UUID> deviceId,
                       Optional<Instant> at) {
    }

    /** Who closed the conflict, when, and with which record version. */
    public record Resolution(String by, Instant at, long version) {
    }
}
