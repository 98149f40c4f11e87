package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/** A record's current server state. */
public record StoredRecord(UUID id, String kind, UUID dossierId, long version, boolean deleted, ObjectNode fields,
                           Instant updatedAt) {
}
