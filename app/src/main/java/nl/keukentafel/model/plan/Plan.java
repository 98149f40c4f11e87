package nl.keukentafel.model.plan;

import java.util.Map;
import java.util.UUID;

/**
 * The live draft of a dossier's werkplan (ADR 0005): the analysis and the plan-wide facts. One per dossier, id
 * {@code RecordIds.derived(dossierId, "plan")}, so two laptops that start it offline merge. Dates as typed
 * (dd-mm-jjjj). Immutable.
 */
public record Plan(
        UUID id,
        UUID dossierId,
        String startedOn,
        String problemAnalysis,
        String goesWell,
        String perspective,
        Map<String, String> memberPerspectives,
        UUID referrerContactId,
        String fgpOfferedOn,
        FgpOutcome fgpOutcome,
        String fgpReason,
        String nextEvaluationOn) {

    public Plan {
        memberPerspectives = memberPerspectives == null ? Map.of() : Map.copyOf(memberPerspectives);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String STARTED_ON = "startedOn";
        public static final String PROBLEM_ANALYSIS = "problemAnalysis";
        public static final String GOES_WELL = "goesWell";
        public static final String PERSPECTIVE = "perspective";
        /** Member id → that member's own desired perspective, where it differs from the family's. */
        public static final String MEMBER_PERSPECTIVES = "memberPerspectives";
        /** The network contact who referred the family (verwijzer): told of absences, partner issues and the closure. */
        public static final String REFERRER_CONTACT_ID = "referrerContactId";
        public static final String FGP_OFFERED_ON = "fgpOfferedOn";
        public static final String FGP_OUTCOME = "fgpOutcome";
        public static final String FGP_REASON = "fgpReason";
        public static final String NEXT_EVALUATION_ON = "nextEvaluationOn";

        private Field() {
        }
    }
}
