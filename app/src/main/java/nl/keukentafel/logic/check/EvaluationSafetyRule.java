package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.logic.plan.SafetyTimeline;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.plan.Evaluation;

/**
 * T10, safety now beside the start at every evaluation, for every child: each evaluation holds a safety assessment of
 * each child (the one {@link SafetyTimeline} finds for it), with the current safety and the future risk judged. The
 * inspectorates found safety re-assessed for one child of several. Starting an evaluation makes an empty assessment per
 * child, so an assessment left unjudged is the usual gap. A child born after the evaluation needs none. Never judges
 * the safety itself. Stateless and thread-safe.
 */
final class EvaluationSafetyRule implements Rule {
    /**
     * Add the child's assessment at this evaluation (target: the evaluation, so the Evaluatie tab; the intake's
     * {@code +assessment} targets the child for the first assessment).
     */
    static final String ADD_ASSESSMENT = "+evaluationAssessment";

    @Override
    public Criterion criterion() {
        return Criterion.T10;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return PlanPhase.agreed(facts.plan()) && !facts.plan().evaluations().isEmpty();
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        PlanState state = facts.plan();
        List<Finding> findings = new ArrayList<>();
        for (Evaluation evaluation : state.evaluations()) {
            Optional<LocalDate> held = FieldCheck.parseDate(evaluation.heldOn());
            String heldOn = PlanFindings.typed(evaluation.heldOn());
            for (Member child : state.dossier().members()) {
                if (child.role() != HouseholdRole.CHILD || bornAfter(child, held)) {
                    continue;
                }
                String about = evaluation.id() + ":" + child.id();
                Optional<SafetyAssessment> now = SafetyTimeline.of(facts.intake(), child.id(), evaluation.id()).now();
                if (now.isEmpty()) {
                    findings.add(Finding.of(Criterion.T10, "T10:assessment-missing:" + about,
                            PlanFindings.ref(RecordKind.EVALUATION, evaluation.id(), state), ADD_ASSESSMENT,
                            "check.t10.assessmentMissing", Household.name(child), heldOn));
                } else if (now.get().currentSafety() == null || now.get().futureRisk() == null) {
                    RecordRef assessment = PlanFindings.ref(RecordKind.SAFETY_ASSESSMENT, now.get().id(), state);
                    String field = now.get().currentSafety() == null ? SafetyAssessment.Field.CURRENT_SAFETY
                            : SafetyAssessment.Field.FUTURE_RISK;
                    findings.add(Finding.of(Criterion.T10, "T10:assessment-open:" + about, assessment, field,
                            "check.t10.assessmentOpen", Household.name(child), heldOn));
                }
            }
        }
        return findings;
    }

    private static boolean bornAfter(Member child, Optional<LocalDate> held) {
        Optional<LocalDate> born = FieldCheck.parseDate(child.birthDate());
        return born.isPresent() && held.isPresent() && born.get().isAfter(held.get());
    }
}
