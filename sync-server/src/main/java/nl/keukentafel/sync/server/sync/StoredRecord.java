package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/** A record's current server state. Immutable by convention: nobody writes {@code fields} after reading it. */
public record StoredRecord(UUID id, String kind, UUID dossierId, long version, boolean deleted, ObjectNode fields,
                           Instant updatedAt) {
}
