package nl.keukentafel.model.genogram;

import java.util.UUID;
import nl.keukentafel.model.Gender;

/**
 * A person in the genogram. For a household member ({@code memberId} set; id
 * {@code RecordIds.derived(memberId, "geno")}) the name, gender and birth date come from the member record (one
 * source of truth) and only the genogram's own facts live here; for a relative outside the household (grandparent,
 * deceased parent, ex-partner, pregnancy) everything lives here. Dates are kept as typed: {@code dd-mm-jjjj} or a year.
 * {@code pinnedX/Y} is where a person dragged the symbol (layout units); null means "where the layout puts it".
 */
public record GenoPerson(
        UUID id,
        UUID dossierId,
        UUID memberId,
        String givenName,
        String familyName,
        Gender gender,
        String birthDate,
        String deathDate,
        boolean deceased,
        PersonKind personKind,
        String multipleBirthGroup,
        TwinKind twinKind,
        Integer birthOrder,
        Double pinnedX,
        Double pinnedY,
        String note) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String MEMBER_ID = "memberId";
        public static final String GIVEN_NAME = "givenName";
        public static final String FAMILY_NAME = "familyName";
        public static final String GENDER = "gender";
        public static final String BIRTH_DATE = "birthDate";
        public static final String DEATH_DATE = "deathDate";
        public static final String DECEASED = "deceased";
        public static final String PERSON_KIND = "personKind";
        /** Equal (non-blank) among the children of one multiple birth. */
        public static final String MULTIPLE_BIRTH_GROUP = "multipleBirthGroup";
        public static final String TWIN_KIND = "twinKind";
        /** Orders siblings whose birth dates are unknown or equal; lower is older. */
        public static final String BIRTH_ORDER = "birthOrder";
        public static final String PINNED_X = "pinnedX";
        public static final String PINNED_Y = "pinnedY";
        public static final String NOTE = "note";

        private Field() {
        }
    }
}
