package nl.keukentafel.model;

import java.util.UUID;

/**
 * The household: the dossier's root record. Its id is the dossier id. Text fields hold what was typed,
 * valid or not; {@link FieldCheck} says what is wrong with them.
 */
public record Family(
        UUID id,
        String householdName,
        String street,
        String postalCode,
        String city,
        String regisseurName,
        String regisseurRole,
        String regisseurOrganisation,
        String regisseurPhone,
        String regisseurEmail,
        String nextVisit,
        boolean archived) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String HOUSEHOLD_NAME = "householdName";
        public static final String STREET = "street";
        public static final String POSTAL_CODE = "postalCode";
        public static final String CITY = "city";
        public static final String REGISSEUR_NAME = "regisseurName";
        public static final String REGISSEUR_ROLE = "regisseurRole";
        public static final String REGISSEUR_ORGANISATION = "regisseurOrganisation";
        public static final String REGISSEUR_PHONE = "regisseurPhone";
        public static final String REGISSEUR_EMAIL = "regisseurEmail";
        public static final String NEXT_VISIT = "nextVisit";
        public static final String ARCHIVED = "archived";

        private Field() {
        }
    }

    public String address() {
        return Text.joinNonBlank(", ", street, Text.joinNonBlank(" ", postalCode, city));
    }
}
