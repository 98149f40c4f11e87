package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Plan;
import org.junit.jupiter.api.Test;

class GoalPlanRuleTest {
    private final GoalPlanRule rule = new GoalPlanRule();
    private final PlanFacts family = new PlanFacts();

    @Test
    void aPlanWithPrioritisedGoalsEachWithAnActionOwnerAndDatesPasses() {
        family.completeGoal("Noor gaat elke dag naar school");
        family.completeGoal("Er is rust in huis");

        assertThat(rule.applies(family.facts())).isTrue();
        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void beforeThePlanIsStartedTheGoalsAreNotJudged() {
        family.plan = null;

        assertThat(rule.applies(family.facts())).isFalse();
    }

    @Test
    void aStartedPlanWithoutGoalsOrPerspectiveIsAFindingOnThePlan() {
        family.plan = new Plan(PlanFacts.id(20), PlanFacts.DOSSIER, "01-09-2026", "", "", " ", null, null, null, null, null, null);

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly("T8:perspective", "T8:no-goals");
        assertThat(findings).extracting(Finding::field).containsExactly(Plan.Field.PERSPECTIVE, "+goal");
        assertThat(findings).allSatisfy(finding -> assertThat(finding.target().kind()).isEqualTo(RecordKind.PLAN));
    }

    @Test
    void onlyStoppedGoalsLeaveThePlanWithoutGoals() {
        Goal stopped = family.completeGoal("Verhuizen");
        family.replace(new Goal(stopped.id(), stopped.dossierId(), 1, stopped.text(), List.of(), List.of(), null, null, null,
                GoalStatus.STOPPED, "Niet meer nodig"));

        assertThat(family.keys(rule)).containsExactly("T8:no-goals");
    }

    @Test
    void aGoalWithoutTargetDateOrActionPointsAtTheGoal() {
        Goal goal = family.goal("Schulden op een rij");
        family.replace(new Goal(goal.id(), goal.dossierId(), 1, goal.text(), List.of(), List.of(), null, null, "",
                GoalStatus.ACTIVE, null));

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly("T8:no-action:" + goal.id(), "T8:target-date:" + goal.id());
        assertThat(findings).extracting(Finding::field).containsExactly("+action", Goal.Field.TARGET_DATE);
        assertThat(findings.get(0).arguments()).containsExactly(1, "Schulden op een rij");
    }

    @Test
    void anActionWithoutOwnerOrDueDatePointsAtTheActionsField() {
        Goal goal = family.goal("Schulden op een rij");
        Action noOwner = family.action(new Action(PlanFacts.id(90), PlanFacts.DOSSIER, goal.id(), null, null, null, "Belt schuldhulp",
                "10-12-2026", ActionStatus.NOT_STARTED, null));
        Action namedWithoutName = family.action(new Action(PlanFacts.id(91), PlanFacts.DOSSIER, goal.id(), OwnerKind.NAMED, null, " ",
                "Zoekt papieren uit", "", ActionStatus.NOT_STARTED, null));

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly("T8:action-owner:" + noOwner.id(),
                "T8:action-owner:" + namedWithoutName.id(), "T8:action-date:" + namedWithoutName.id());
        assertThat(findings).extracting(Finding::field).containsExactly(Action.Field.OWNER_KIND, Action.Field.OWNER_NAME,
                Action.Field.DUE_DATE);
        assertThat(findings.get(0).target().kind()).isEqualTo(RecordKind.PLAN_ACTION);
    }

    @Test
    void achievedGoalsNeedNoMoreActions() {
        Goal goal = family.goal("Oma past op");
        family.replace(new Goal(goal.id(), goal.dossierId(), 1, goal.text(), List.of(), List.of(), null, null, null, GoalStatus.ACHIEVED,
                null));

        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void goalsWithoutTextOrSharingAPlaceInTheOrderAreFindings() {
        Goal first = family.completeGoal("Rust in huis");
        Goal same = family.completeGoal("Geld op orde");
        family.replace(new Goal(same.id(), same.dossierId(), first.rank(), same.text(), List.of(), List.of(), null, null, "01-06-2027",
                GoalStatus.ACTIVE, null));
        Goal blank = family.completeGoal(" ");
        family.replace(new Goal(blank.id(), blank.dossierId(), null, "", List.of(), List.of(), null, null, "01-06-2027",
                GoalStatus.ACTIVE, null));

        assertThat(family.keys(rule)).containsExactlyInAnyOrder("T8:rank:" + same.id(), "T8:goal-text:" + blank.id(),
                "T8:rank:" + blank.id());
    }
}
