package nl.keukentafel.model.intake;

import java.util.List;
import java.util.UUID;

/**
 * One concern about domestic violence or child abuse worked through the Meldcode: the five steps (text and date
 * each), the five weighing questions of the 2019 framework (answer and note each), the decision with its date and
 * justification. A report to Veilig Thuis is also recorded as a {@link Consent} with basis
 * {@link ConsentBasis#WITHOUT_CONSENT}, linked by {@code reportSharingId}.
 */
public record Meldcode(
        UUID id,
        UUID dossierId,
        String concern,
        String raisedOn,
        List<UUID> memberIds,
        String step1Signals, String step1On,
        String step2Consulted, String step2On,
        String step3Talked, String step3On,
        String step4Weighed, String step4On,
        String step5Decided, String step5On,
        Answer weigh1Suspicion, String weigh1Note,
        Answer weigh2AcuteOrStructural, String weigh2Note,
        Answer weigh3CanHelp, String weigh3Note,
        Answer weigh4HelpAccepted, String weigh4Note,
        Answer weigh5SafetyWithinTerm, String weigh5Note,
        MeldcodeDecision decision,
        String decidedOn,
        String justification,
        UUID reportSharingId) {

    public Meldcode {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String CONCERN = "concern";
        public static final String RAISED_ON = "raisedOn";
        public static final String MEMBER_IDS = "memberIds";
        public static final String STEP1_SIGNALS = "step1Signals";
        public static final String STEP1_ON = "step1On";
        public static final String STEP2_CONSULTED = "step2Consulted";
        public static final String STEP2_ON = "step2On";
        public static final String STEP3_TALKED = "step3Talked";
        public static final String STEP3_ON = "step3On";
        public static final String STEP4_WEIGHED = "step4Weighed";
        public static final String STEP4_ON = "step4On";
        public static final String STEP5_DECIDED = "step5Decided";
        public static final String STEP5_ON = "step5On";
        public static final String WEIGH1_SUSPICION = "weigh1Suspicion";
        public static final String WEIGH1_NOTE = "weigh1Note";
        public static final String WEIGH2_ACUTE_OR_STRUCTURAL = "weigh2AcuteOrStructural";
        public static final String WEIGH2_NOTE = "weigh2Note";
        public static final String WEIGH3_CAN_HELP = "weigh3CanHelp";
        public static final String WEIGH3_NOTE = "weigh3Note";
        public static final String WEIGH4_HELP_ACCEPTED = "weigh4HelpAccepted";
        public static final String WEIGH4_NOTE = "weigh4Note";
        public static final String WEIGH5_SAFETY_WITHIN_TERM = "weigh5SafetyWithinTerm";
        public static final String WEIGH5_NOTE = "weigh5Note";
        public static final String DECISION = "decision";
        public static final String DECIDED_ON = "decidedOn";
        public static final String JUSTIFICATION = "justification";
        public static final String REPORT_SHARING_ID = "reportSharingId";

        private Field() {
        }
    }
}
