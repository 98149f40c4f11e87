package nl.keukentafel.logic.check;

import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;

/**
 * T12, goals adjusted when needs change: a goal "not achieved" at an evaluation has a decision — adjust, stop, a new
 * goal, or continue with the reason in the review's note. Judged once the plan is agreed and evaluated. Stateless and
 * thread-safe.
 */
final class GoalDecisionRule implements Rule {
    @Override
    public Criterion criterion() {
        return Criterion.T12;
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
            RecordRef ref = PlanFindings.ref(RecordKind.EVALUATION, evaluation.id(), state);
            for (GoalReview review : evaluation.reviews()) {
                if (review.result() != GoalResult.NOT_ACHIEVED || review.goalId() == null) {
                    continue;
                }
                String about = evaluation.id() + ":" + review.goalId();
                Object[] arguments = {PlanFindings.place(state, review.goalId()), PlanFindings.text(state, review.goalId()),
                        PlanFindings.typed(evaluation.heldOn())};
                if (review.decision() == null) {
                    findings.add(Finding.of(Criterion.T12, "T12:no-decision:" + about, ref, Evaluation.Field.REVIEWS,
                            "check.t12.noDecision", arguments));
                } else if (review.decision() == GoalDecision.CONTINUE && Text.isBlank(review.note())) {
                    findings.add(Finding.of(Criterion.T12, "T12:continue-without-reason:" + about, ref,
                            Evaluation.Field.REVIEWS, "check.t12.continueWithoutReason", arguments));
                }
            }
        }
        return findings;
    }
}
