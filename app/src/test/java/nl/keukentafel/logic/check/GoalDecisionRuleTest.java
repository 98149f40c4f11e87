package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;
import org.junit.jupiter.api.Test;

class GoalDecisionRuleTest {
    private final GoalDecisionRule rule = new GoalDecisionRule();
    private final PlanFacts family = new PlanFacts();

    @Test
    void aGoalNotAchievedWithoutDecisionOrContinuedWithoutReasonIsAFinding() {
        Goal school = family.completeGoal("Noor gaat naar school");
        Goal calm = family.completeGoal("Rust in huis");
        Goal money = family.completeGoal("Geld op orde");
        family.agree("15-09-2026");
        Evaluation evaluation = family.evaluation("01-11-2026", List.of(), List.of(
                new GoalReview(school.id(), GoalResult.NOT_ACHIEVED, "", null),
                new GoalReview(calm.id(), GoalResult.NOT_ACHIEVED, " ", GoalDecision.CONTINUE),
                new GoalReview(money.id(), GoalResult.NOT_ACHIEVED, "", GoalDecision.ADJUST)));

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly(
                "T12:no-decision:" + evaluation.id() + ":" + school.id(),
                "T12:continue-without-reason:" + evaluation.id() + ":" + calm.id());
        assertThat(findings.get(0).target().kind()).isEqualTo(RecordKind.EVALUATION);
        assertThat(findings.get(0).field()).isEqualTo(Evaluation.Field.REVIEWS);
        assertThat(findings.get(1).arguments()).containsExactly(2, "Rust in huis", "01-11-2026");
    }

    @Test
    void decisionsWithTheirReasonsAndOtherResultsPass() {
        Goal school = family.completeGoal("Noor gaat naar school");
        Goal calm = family.completeGoal("Rust in huis");
        Goal money = family.completeGoal("Geld op orde");
        family.agree("15-09-2026");
        family.evaluation("01-11-2026", List.of(), List.of(
                new GoalReview(school.id(), GoalResult.NOT_ACHIEVED, "School zoekt een andere plek", GoalDecision.CONTINUE),
                new GoalReview(calm.id(), GoalResult.NOT_ACHIEVED, "", GoalDecision.STOP),
                new GoalReview(money.id(), GoalResult.PARTLY_ACHIEVED, "", null)));

        assertThat(rule.applies(family.facts())).isTrue();
        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void notJudgedBeforeAnAgreedPlanWasEvaluated() {
        family.evaluation("01-11-2026", List.of(), List.of());
        assertThat(rule.applies(family.facts())).isFalse();
    }

    @Test
    void aReviewOfAGoalThatIsGoneIsStillJudged() {
        family.agree("15-09-2026");
        Evaluation evaluation = family.evaluation("01-11-2026", List.of(), List.of(
                new GoalReview(PlanFacts.id(99), GoalResult.NOT_ACHIEVED, null, null),
                new GoalReview(null, GoalResult.NOT_ACHIEVED, null, null)));

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly("T12:no-decision:" + evaluation.id() + ":" + PlanFacts.id(99));
        assertThat(findings.get(0).arguments()).containsExactly(0, "?", "01-11-2026");
    }
}
