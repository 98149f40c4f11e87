package nl.keukentafel.model.plan;

import java.util.List;
import java.util.UUID;

/** A coordination agreement (afspraak over afstemming): with whom, how, how often, the next date. Immutable. */
public record Agreement(
        UUID id,
        UUID dossierId,
        List<UUID> contactIds,
        String withWhom,
        ContactWay how,
        String frequency,
        String nextOn) {

    public Agreement {
        contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String CONTACT_IDS = "contactIds";
        public static final String WITH_WHOM = "withWhom";
        public static final String HOW = "how";
        public static final String FREQUENCY = "frequency";
        public static final String NEXT_ON = "nextOn";

        private Field() {
        }
    }
}
