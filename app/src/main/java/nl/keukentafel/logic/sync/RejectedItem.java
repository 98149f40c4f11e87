package nl.keukentafel.logic.sync;

import java.time.Instant;
import nl.keukentafel.model.RecordRef;

/** A change the server refused and keeps in quarantine; kept here too, flagged, never dropped. Immutable. */
public record RejectedItem(long clientSeq, RecordRef ref, String op, String reason, Instant at) {
}
