package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanSnapshot;
import org.junit.jupiter.api.Test;

/** Comparing two plan versions marks exactly what changed: goals, actions, moves, the analysis. */
class PlanComparisonTest {
    private static final Goal SCHOOL = Bakker.goal(1, "Daan gaat weer elke dag naar school");
    private static final Goal DEBTS = Bakker.goal(2, "Anna heeft overzicht over de schulden");
    private static final Goal SLEEP = Bakker.goal(3, "Tim slaapt weer in zijn eigen bed");
    private static final Action CALL = Bakker.action(1, SCHOOL, OwnerKind.CONTACT, Bakker.SCHOOL.id(), "Belt elke ochtend", "01-12-2026");
    private static final Action BUDGET = Bakker.action(2, DEBTS, OwnerKind.MEMBER, Bakker.ANNA.id(), "Maakt een budgetplan", "15-12-2026");

    private static PlanSnapshot snapshot(Plan plan, List<Goal> goals, List<Action> actions) {
        return new PlanSnapshot(plan, goals, actions, List.of(), List.of());
    }

    @Test
    void unchangedVersionsCompareEqual() {
        PlanSnapshot version = snapshot(Bakker.plan(), List.of(SCHOOL, DEBTS, SLEEP), List.of(CALL, BUDGET));

        PlanDiff diff = PlanComparison.compare(version, version);

        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.goals()).extracting(PlanDiff.GoalDiff::change).containsOnly(PlanDiff.Change.UNCHANGED);
    }

    @Test
    void exactlyTheAdjustedGoalIsMarked() {
        Goal adjusted = new Goal(DEBTS.id(), DEBTS.dossierId(), 2, "Anna betaalt elke maand af volgens plan", List.of(), List.of(),
                null, null, "01-06-2027", GoalStatus.ACTIVE, null);

        PlanDiff diff = PlanComparison.compare(snapshot(Bakker.plan(), List.of(SCHOOL, DEBTS, SLEEP), List.of(CALL, BUDGET)),
                snapshot(Bakker.plan(), List.of(SCHOOL, adjusted, SLEEP), List.of(CALL, BUDGET)));

        assertThat(diff.goals()).filteredOn(PlanDiff.GoalDiff::touched).extracting(PlanDiff.GoalDiff::goalId)
                .containsExactly(DEBTS.id());
        assertThat(diff.goals().get(1).changedFields()).containsExactlyInAnyOrder(Goal.Field.TEXT, Goal.Field.TARGET_DATE);
        assertThat(diff.planFields()).isEmpty();
    }

    @Test
    void addedAndRemovedGoalsAndActionsAreMarked() {
        Action visit = Bakker.action(3, SCHOOL, OwnerKind.REGISSEUR, null, "Huisbezoek", "05-12-2026");

        PlanDiff diff = PlanComparison.compare(snapshot(Bakker.plan(), List.of(SCHOOL, DEBTS), List.of(CALL, BUDGET)),
                snapshot(Bakker.plan(), List.of(SCHOOL, SLEEP), List.of(visit)));

        assertThat(diff.goals()).extracting(PlanDiff.GoalDiff::goalId, PlanDiff.GoalDiff::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SCHOOL.id(), PlanDiff.Change.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple(SLEEP.id(), PlanDiff.Change.ADDED),
                org.assertj.core.groups.Tuple.tuple(DEBTS.id(), PlanDiff.Change.REMOVED));
        assertThat(diff.goals().get(0).actions()).extracting(PlanDiff.ActionDiff::actionId, PlanDiff.ActionDiff::change)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(visit.id(), PlanDiff.Change.ADDED),
                        org.assertj.core.groups.Tuple.tuple(CALL.id(), PlanDiff.Change.REMOVED));
        assertThat(diff.goals().get(2).actions()).extracting(PlanDiff.ActionDiff::change).containsExactly(PlanDiff.Change.REMOVED);
    }

    @Test
    void aChangedActionMarksItsFieldsAndNotItsGoal() {
        Action later = new Action(CALL.id(), CALL.dossierId(), CALL.goalId(), CALL.ownerKind(), CALL.ownerId(), null, CALL.what(),
                "08-12-2026", CALL.status(), null);

        PlanDiff diff = PlanComparison.compare(snapshot(Bakker.plan(), List.of(SCHOOL), List.of(CALL)),
                snapshot(Bakker.plan(), List.of(SCHOOL), List.of(later)));

        assertThat(diff.goals().get(0).change()).isEqualTo(PlanDiff.Change.UNCHANGED);
        assertThat(diff.goals().get(0).actions().get(0).changedFields()).containsExactly(Action.Field.DUE_DATE);
        assertThat(diff.goals().get(0).touched()).isTrue();
    }

    @Test
    void renumberingIsNoChangeButMovingMarksTheMovedGoalOnly() {
        Goal schoolRenumbered = new Goal(SCHOOL.id(), SCHOOL.dossierId(), 10, SCHOOL.text(), List.of(), List.of(), null, null,
                SCHOOL.targetDate(), SCHOOL.status(), null);
        PlanSnapshot older = snapshot(Bakker.plan(), List.of(SCHOOL, DEBTS, SLEEP), List.of());

        PlanDiff renumbered = PlanComparison.compare(older, snapshot(Bakker.plan(), List.of(schoolRenumbered, DEBTS, SLEEP), List.of()));
        PlanDiff moved = PlanComparison.compare(older, snapshot(Bakker.plan(), List.of(SCHOOL, SLEEP, DEBTS), List.of()));
        PlanDiff toTop = PlanComparison.compare(older, snapshot(Bakker.plan(), List.of(SLEEP, SCHOOL, DEBTS), List.of()));

        assertThat(renumbered.unchanged()).isTrue();
        assertThat(moved.goals()).filteredOn(PlanDiff.GoalDiff::touched).hasSize(1);
        assertThat(toTop.goals()).filteredOn(PlanDiff.GoalDiff::touched).extracting(PlanDiff.GoalDiff::goalId).containsExactly(SLEEP.id());
        assertThat(toTop.goals().get(0).changedFields()).containsExactly(PlanDiff.MOVED);
    }

    @Test
    void analysisChangesAreListedByField() {
        Plan before = Bakker.plan();
        Plan after = new Plan(before.id(), before.dossierId(), before.startedOn(), "Schulden, schoolverzuim en ruzie", before.goesWell(),
                before.perspective(), before.memberPerspectives(), before.referrerContactId(), "", null, null, null);

        PlanDiff diff = PlanComparison.compare(snapshot(before, List.of(), List.of()), snapshot(after, List.of(), List.of()));

        assertThat(diff.planFields()).containsExactly(Plan.Field.PROBLEM_ANALYSIS);
    }
}
