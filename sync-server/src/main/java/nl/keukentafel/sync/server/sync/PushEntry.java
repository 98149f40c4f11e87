package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * One push entry whose envelope is valid. {@code fields} are stored as they came, known to the server or not;
 * {@code baseFields} are kept with the entry but the server judges changes by its own history at
 * {@code baseVersion}, which is what the client's base copy held. Immutable by convention.
 */
public record PushEntry(JsonNode raw, UUID clientId, long clientSeq, UUID recordId, String kind, UUID dossierId, Op op,
                        long baseVersion, ObjectNode fields, ObjectNode baseFields, List<UUID> resolves) {
}
