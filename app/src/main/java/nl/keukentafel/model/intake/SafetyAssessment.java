package nl.keukentafel.model.intake;

import java.util.UUID;

/**
 * A dated safety assessment of one child (structured professional judgement: nothing here is computed). Each
 * assessment is its own record with a fresh id; a later one never overwrites an earlier one, so evaluations can
 * compare the safety at the start with the safety now.
 */
public record SafetyAssessment(
        UUID id,
        UUID dossierId,
        UUID childId,
        String assessedOn,
        SafetyInstrument instrument,
        String signals,
        String riskFactors,
        String protectiveFactors,
        SafetyJudgement currentSafety,
        String currentSafetyNote,
        RiskLevel futureRisk,
        String reasoning,
        String consultedWho,
        String consultedOn,
        String discussedWithParentsOn,
        UUID evaluationId) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String CHILD_ID = "childId";
        public static final String ASSESSED_ON = "assessedOn";
        public static final String INSTRUMENT = "instrument";
        public static final String SIGNALS = "signals";
        public static final String RISK_FACTORS = "riskFactors";
        public static final String PROTECTIVE_FACTORS = "protectiveFactors";
        public static final String CURRENT_SAFETY = "currentSafety";
        public static final String CURRENT_SAFETY_NOTE = "currentSafetyNote";
        public static final String FUTURE_RISK = "futureRisk";
        public static final String REASONING = "reasoning";
        public static final String CONSULTED_WHO = "consultedWho";
        public static final String CONSULTED_ON = "consultedOn";
        public static final String DISCUSSED_WITH_PARENTS_ON = "discussedWithParentsOn";
        /** Set when the assessment was made at an evaluation (ADR 0005): safety now, beside the start. */
        public static final String EVALUATION_ID = "evaluationId";

        private Field() {
        }
    }
}
