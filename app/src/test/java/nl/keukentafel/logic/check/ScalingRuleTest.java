package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.MeldcodeDecision;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.ScaleDirection;
import org.junit.jupiter.api.Test;

class ScalingRuleTest {
    private final ScalingRule rule = new ScalingRule();
    private final PlanFacts family = new PlanFacts();

    private static List<GoalReview> review(Goal goal, GoalResult result) {
        return List.of(new GoalReview(goal.id(), result, "Loopt niet", GoalDecision.ADJUST));
    }

    @Test
    void aGoalNotAchievedAtTwoEvaluationsRunningNeedsAScalingUpFromTheSecond() {
        Goal goal = family.completeGoal("Noor gaat naar school");
        family.agree("15-09-2026");
        family.evaluation("01-10-2026", List.of(), review(goal, GoalResult.NOT_ACHIEVED));
        family.evaluation("01-11-2026", List.of(), review(goal, GoalResult.NOT_ACHIEVED));

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly("T11:not-achieved-twice:" + goal.id());
        assertThat(findings.get(0).target().kind()).isEqualTo(RecordKind.PLAN_GOAL);
        assertThat(findings.get(0).field()).isEqualTo("+scaling");
        assertThat(findings.get(0).arguments()).containsExactly(1, "Noor gaat naar school", "01-11-2026");

        family.scaling(ScaleDirection.UP, "31-10-2026");
        assertThat(family.keys(rule)).as("a scaling before the second evaluation does not answer it").hasSize(1);
        family.scaling(ScaleDirection.UP, "01-11-2026");
        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void notAchievedTwiceButNotRunningIsNoReasonToScaleUp() {
        Goal goal = family.completeGoal("Noor gaat naar school");
        family.agree("15-09-2026");
        family.evaluation("01-10-2026", List.of(), review(goal, GoalResult.NOT_ACHIEVED));
        family.evaluation("15-10-2026", List.of(), review(goal, GoalResult.PARTLY_ACHIEVED));
        family.evaluation("01-11-2026", List.of(), review(goal, GoalResult.NOT_ACHIEVED));

        assertThat(rule.applies(family.facts())).isTrue();
        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void anEvaluationWithoutAResultForTheGoalDoesNotBreakTheRun() {
        Goal goal = family.completeGoal("Noor gaat naar school");
        family.agree("15-09-2026");
        family.evaluation("01-10-2026", List.of(), review(goal, GoalResult.NOT_ACHIEVED));
        family.evaluation("15-10-2026", List.of(), List.of(new GoalReview(goal.id(), null, "", null)));
        family.evaluation("01-11-2026", List.of(), review(goal, GoalResult.NOT_ACHIEVED));

        assertThat(family.keys(rule)).containsExactly("T11:not-achieved-twice:" + goal.id());
    }

    @Test
    void aScalingDownDoesNotCount() {
        family.assessment(PlanFacts.NOOR, "01-09-2026", SafetyJudgement.UNSAFE, RiskLevel.HIGH, null);
        family.scaling(ScaleDirection.DOWN, "02-09-2026");

        assertThat(family.keys(rule)).containsExactly("T11:high-risk:" + PlanFacts.NOOR.id());
    }

    @Test
    void aHighFutureRiskAtTheIntakeIsJudgedBeforeThePlanIsAgreed() {
        family.plan = null;
        family.assessment(PlanFacts.LOTTE, "05-09-2026", SafetyJudgement.CONDITIONALLY_SAFE, RiskLevel.MODERATE, null);
        family.assessment(PlanFacts.LOTTE, "20-09-2026", SafetyJudgement.UNSAFE, RiskLevel.HIGH, null);
        family.assessment(PlanFacts.LOTTE, "01-10-2026", SafetyJudgement.UNSAFE, RiskLevel.HIGH, null);

        assertThat(rule.applies(family.facts())).isTrue();
        List<Finding> findings = rule.findings(family.facts());
        assertThat(findings).extracting(Finding::key).containsExactly("T11:high-risk:" + PlanFacts.LOTTE.id());
        assertThat(findings.get(0).arguments()).containsExactly("Lotte Vermeer", "20-09-2026");

        family.scaling(ScaleDirection.UP, "20-09-2026");
        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void aMeldcodeDecisionToReportNeedsAScalingUp() {
        Meldcode report = family.meldcode(MeldcodeDecision.REPORT_AND_HELP, "10-10-2026");
        family.meldcode(MeldcodeDecision.OFFER_OR_ORGANISE_HELP, "10-10-2026");

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly("T11:report:" + report.id());
        assertThat(findings.get(0).target().kind()).isEqualTo(RecordKind.MELDCODE);

        family.scaling(ScaleDirection.UP, "dinsdag");
        assertThat(family.keys(rule)).as("a scaling whose date cannot be read counts").isEmpty();
    }

    @Test
    void nothingToScaleUpBeforeAgreementIsNotYetApplicable() {
        family.assessment(PlanFacts.NOOR, "01-09-2026", SafetyJudgement.SAFE, RiskLevel.LOW, null);

        assertThat(rule.applies(family.facts())).isFalse();
        family.agree("15-09-2026");
        assertThat(rule.applies(family.facts())).isTrue();
        assertThat(family.keys(rule)).isEmpty();
    }
}
