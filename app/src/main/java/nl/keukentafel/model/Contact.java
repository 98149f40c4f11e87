package nl.keukentafel.model;

import java.util.UUID;

/**
 * A person in the family's network, professional or informal (the werkplan template's
 * "betrokkenen": name, organisation, relation, e-mail, phone, days reachable).
 */
public record Contact(
        UUID id,
        UUID dossierId,
        String name,
        String organisation,
        String relation,
        String email,
        String phone,
        String daysReachable,
        boolean professional) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String NAME = "name";
        public static final String ORGANISATION = "organisation";
        public static final String RELATION = "relation";
        public static final String EMAIL = "email";
        public static final String PHONE = "phone";
        public static final String DAYS_REACHABLE = "daysReachable";
        public static final String PROFESSIONAL = "professional";

        private Field() {
        }
    }
}
