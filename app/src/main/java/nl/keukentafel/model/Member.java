package nl.keukentafel.model;

import java.util.UUID;

/** A family member. Birth date is kept as typed (dd-mm-jjjj); {@link FieldCheck} validates it. */
public record Member(
        UUID id,
        UUID dossierId,
        String givenName,
        String familyName,
        String birthDate,
        Gender gender,
        HouseholdRole role,
        Residence residence,
        String bsn,
        String phone,
        String email) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String GIVEN_NAME = "givenName";
        public static final String FAMILY_NAME = "familyName";
        public static final String BIRTH_DATE = "birthDate";
        public static final String GENDER = "gender";
        public static final String ROLE = "role";
        public static final String RESIDENCE = "residence";
        public static final String BSN = "bsn";
        public static final String PHONE = "phone";
        public static final String EMAIL = "email";

        private Field() {
        }
    }

    public String fullName() {
        return Text.joinNonBlank(" ", givenName, familyName);
    }
}
