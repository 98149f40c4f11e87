package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One kept version of a record: its state and who made it, from which device and client, received when. Immutable. */
public record RecordVersion(long version, boolean deleted, ObjectNode fields, UUID authorId, String authorName,
                            UUID deviceId, UUID clientId, long clientSeq, Instant receivedAt, List<UUID> resolves) {
}
