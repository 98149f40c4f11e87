package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.PlanSnapshot;
import org.junit.jupiter.api.Test;

/** Agreeing warns about goals without an action or date and actions without owner or date; finished goals need nothing. */
class AgreementWarningsTest {
    @Test
    void warnsPerGoalAndActionWithItsPlace() {
        Goal school = Bakker.goal(1, "Daan gaat weer elke dag naar school");
        Goal debts = new Goal(Bakker.id(202), Bakker.DOSSIER, 2, "Overzicht over de schulden", List.of(), List.of(), null, null, "",
                GoalStatus.PROPOSED, null);
        Action noOwner = new Action(Bakker.id(301), Bakker.DOSSIER, school.id(), null, null, null, "Belt de school", "",
                ActionStatus.NOT_STARTED, null);
        Action namedWithoutName = new Action(Bakker.id(302), Bakker.DOSSIER, school.id(), OwnerKind.NAMED, null, " ", "Haalt op",
                "03-12-2026", ActionStatus.NOT_STARTED, null);
        Action regisseur = Bakker.action(3, school, OwnerKind.REGISSEUR, null, "Huisbezoek", "05-12-2026");

        List<PlanWarning> warnings = AgreementWarnings.of(new PlanSnapshot(Bakker.plan(), List.of(school, debts),
                List.of(noOwner, namedWithoutName, regisseur), List.of(), List.of()));

        assertThat(warnings).extracting(PlanWarning::kind, PlanWarning::actionId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PlanWarning.Kind.ACTION_WITHOUT_OWNER, noOwner.id()),
                org.assertj.core.groups.Tuple.tuple(PlanWarning.Kind.ACTION_WITHOUT_DATE, noOwner.id()),
                org.assertj.core.groups.Tuple.tuple(PlanWarning.Kind.ACTION_WITHOUT_OWNER, namedWithoutName.id()),
                org.assertj.core.groups.Tuple.tuple(PlanWarning.Kind.GOAL_WITHOUT_ACTION, null),
                org.assertj.core.groups.Tuple.tuple(PlanWarning.Kind.GOAL_WITHOUT_DATE, null));
        assertThat(warnings.get(3).arguments()).containsExactly(2);
        assertThat(warnings.get(0).arguments()).containsExactly(1, "Belt de school");
    }

    @Test
    void stoppedAndAchievedGoalsAndACompletePlanGiveNoWarnings() {
        Goal done = new Goal(Bakker.id(201), Bakker.DOSSIER, 1, "Klaar", List.of(), List.of(), null, null, "", GoalStatus.ACHIEVED, null);
        Goal stopped = new Goal(Bakker.id(202), Bakker.DOSSIER, 2, "Gestopt", List.of(), List.of(), null, null, "", GoalStatus.STOPPED,
                "Niet meer nodig");
        Goal active = Bakker.goal(3, "Actief");
        Action owned = Bakker.action(1, active, OwnerKind.MEMBER, Bakker.ANNA.id(), "Doet het", "10-12-2026");

        assertThat(AgreementWarnings.of(new PlanSnapshot(Bakker.plan(), List.of(done, stopped, active), List.of(owned), List.of(),
                List.of()))).isEmpty();
    }
}
