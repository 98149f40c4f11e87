package nl.keukentafel.model.intake;

import java.util.List;
import java.util.UUID;

/**
 * One of at most three intake conversations; id {@code RecordIds.derived(intakeId, "conversation", number)}.
 * Present are members (ids) and network contacts (ids), plus anyone else in words.
 */
public record Conversation(
        UUID id,
        UUID dossierId,
        UUID intakeId,
        int number,
        String date,
        String place,
        List<UUID> presentMembers,
        List<UUID> presentContacts,
        String othersPresent,
        String notes) {

    public static final int MAX_PER_INTAKE = 3;

    public Conversation {
        presentMembers = presentMembers == null ? List.of() : List.copyOf(presentMembers);
        presentContacts = presentContacts == null ? List.of() : List.copyOf(presentContacts);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String INTAKE_ID = "intakeId";
        public static final String NUMBER = "number";
        public static final String DATE = "date";
        public static final String PLACE = "place";
        public static final String PRESENT_MEMBERS = "presentMembers";
        public static final String PRESENT_CONTACTS = "presentContacts";
        public static final String OTHERS_PRESENT = "othersPresent";
        public static final String NOTES = "notes";

        private Field() {
        }
    }
}
