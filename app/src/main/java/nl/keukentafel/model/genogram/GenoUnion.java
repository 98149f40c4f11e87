package nl.keukentafel.model.genogram;

import java.util.List;
import java.util.UUID;

/** A couple of two person keys with its events in date order (several partners are ordered by their first event). */
public record GenoUnion(UUID id, UUID dossierId, UUID partnerA, UUID partnerB, List<UnionEvent> events, String note) {
    public GenoUnion {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String PARTNER_A = "partnerA";
        public static final String PARTNER_B = "partnerB";
        public static final String EVENTS = "events";
        public static final String NOTE = "note";

        private Field() {
        }
    }
}
