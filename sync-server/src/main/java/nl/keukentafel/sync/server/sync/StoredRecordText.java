package nl.keukentafel.sync.server.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A record's current server state with its fields still the JSON text PostgreSQL stored: for answers that only pass
 * the fields on (a pull page), so they are never parsed into a tree and written out again. Immutable.
 */
public record StoredRecordText(UUID id, String kind, UUID dossierId, long version, boolean deleted, String fieldsJson,
                               Instant updatedAt) {
}
