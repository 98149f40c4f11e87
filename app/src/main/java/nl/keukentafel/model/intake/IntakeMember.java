package nl.keukentafel.model.intake;

import java.util.UUID;

/**
 * What the intake holds about one family member; id {@code RecordIds.derived(intakeId, "member", memberId)}.
 * The request for help is in the member's own words.
 */
public record IntakeMember(
        UUID id,
        UUID dossierId,
        UUID intakeId,
        UUID memberId,
        SpokenStatus spoken,
        NotSpokenReason notSpokenReason,
        String reasonNote,
        String requestForHelp) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String INTAKE_ID = "intakeId";
        public static final String MEMBER_ID = "memberId";
        public static final String SPOKEN = "spoken";
        public static final String NOT_SPOKEN_REASON = "notSpokenReason";
        public static final String REASON_NOTE = "reasonNote";
        public static final String REQUEST_FOR_HELP = "requestForHelp";

        private Field() {
        }
    }
}
