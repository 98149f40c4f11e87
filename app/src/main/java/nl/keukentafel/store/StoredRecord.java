package nl.keukentafel.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import nl.keukentafel.model.RecordRef;

/** One row of the record table. The body is a private copy; changing it changes nothing stored. */
public record StoredRecord(RecordRef ref, ObjectNode body, long version, long localRev, boolean deleted, Instant updatedAt) {
}
