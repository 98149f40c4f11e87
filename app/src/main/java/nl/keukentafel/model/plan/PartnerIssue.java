package nl.keukentafel.model.plan;

import java.util.UUID;

/** A partner who does not keep agreements or will not take part: what happened, what the regisseur did. Immutable. */
public record PartnerIssue(
        UUID id,
        UUID dossierId,
        UUID contactId,
        String name,
        String happened,
        String regisseurDid,
        String referrerToldOn) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String CONTACT_ID = "contactId";
        public static final String NAME = "name";
        public static final String HAPPENED = "happened";
        public static final String REGISSEUR_DID = "regisseurDid";
        public static final String REFERRER_TOLD_ON = "referrerToldOn";

        private Field() {
        }
    }
}
