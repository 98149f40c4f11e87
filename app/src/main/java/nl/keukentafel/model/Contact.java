package nl.keukentafel.model;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.intake.Sector;

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
        boolean professional,
        Sector sector,
        List<UUID> aboutMembers) {

    public Contact {
        aboutMembers = aboutMembers == null ? List.of() : List.copyOf(aboutMembers);
    }

    /**
     * "Name (organisation)", or whichever of the two is there; once when they are the same (a GP practice typed as
     * both name and organisation).
     */
    public String displayName() {
        String shownName = Text.isBlank(name) ? "" : name.strip();
        String beside = organisationBeside(name, organisation);
        return beside.isEmpty() ? (shownName.isEmpty() && !Text.isBlank(organisation) ? organisation.strip() : shownName)
                : shownName.isEmpty() ? beside : shownName + " (" + beside + ")";
    }

    /** The organisation to show next to the name: empty when there is none or it only repeats the name. */
    public static String organisationBeside(String name, String organisation) {
        if (Text.isBlank(organisation)) {
            return "";
        }
        return Text.searchable(organisation).strip().equals(Text.searchable(name).strip()) ? "" : organisation.strip();
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String NAME = "name";
        public static final String ORGANISATION = "organisation";
        public static final String RELATION = "relation";
        public static final String EMAIL = "email";
        public static final String PHONE = "phone";
        public static final String DAYS_REACHABLE = "daysReachable";
        public static final String PROFESSIONAL = "professional";
        /** Where the contact belongs (school, JGZ, GP, family…): the ecogram's groups and the intake's rules of thumb. */
        public static final String SECTOR = "sector";
        /** The members this contact is about (e.g. a child's school); empty means the household. */
        public static final String ABOUT_MEMBERS = "aboutMembers";

        private Field() {
        }
    }
}
