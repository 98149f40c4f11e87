package nl.keukentafel.store.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** A local change the server refused, kept whole with the reason: nothing is dropped. Immutable but for the JSON copy. */
public record StoredRejection(long clientSeq, UUID recordId, String kind, UUID dossierId, String op, ObjectNode fields,
                              long baseVersion, String reason, String createdAt, String rejectedAt) {
}
