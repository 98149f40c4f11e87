package nl.keukentafel.model.plan;

import java.util.UUID;

/** A referral or decision (verwijzing, beschikking): provider, kind, requested, granted, period. Immutable. */
public record Referral(
        UUID id,
        UUID dossierId,
        String provider,
        String kind,
        String requestedOn,
        String grantedOn,
        String validFrom,
        String validUntil,
        String note) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String PROVIDER = "provider";
        public static final String KIND = "kind";
        public static final String REQUESTED_ON = "requestedOn";
        public static final String GRANTED_ON = "grantedOn";
        public static final String VALID_FROM = "validFrom";
        public static final String VALID_UNTIL = "validUntil";
        public static final String NOTE = "note";

        private Field() {
        }
    }
}
