package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainScope;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.Presence;
import org.junit.jupiter.api.Test;

/** The plan's own checks: dates that cannot be read, an action due before the plan, an evaluation ahead, and more. */
class PlanChecksTest {
    static IntakeState intakeWith(String... codes) {
        List<DomainList.DomainDefinition> domains = java.util.Arrays.stream(codes)
                .map(code -> new DomainList.DomainDefinition(code, "Domein " + code, code, DomainScope.ADULT_AND_YOUTH, null)).toList();
        DomainList list = new DomainList("zrm-test", 1, "Test", List.of(new DomainList.ScoreLevel(3, "beperkt zelfredzaam")), domains);
        Intake intake = new Intake(Bakker.id(600), Bakker.DOSSIER, list, "01-10-2026", null, "Anna kookt", "Oma past op",
                "Schulden", Map.of());
        return new IntakeState(Bakker.dossier(), Optional.of(intake), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void anAttendanceLineIsIncompleteOnlyWhenAbsentWithoutReasonOrReferrerAnswer() {
        assertThat(PlanChecks.incomplete(new Attendance(null, "Ruben", Presence.ATTENDED, "", null))).isFalse();
        assertThat(PlanChecks.incomplete(new Attendance(null, "Ruben", null, "", null))).isFalse();
        assertThat(PlanChecks.incomplete(new Attendance(null, "Ruben", Presence.DECLINED, "werk", null))).isTrue();
        assertThat(PlanChecks.incomplete(new Attendance(null, "Ruben", Presence.NO_SHOW, " ", true))).isTrue();
        assertThat(PlanChecks.incomplete(new Attendance(null, "Ruben", Presence.NO_SHOW, "ziek", false))).isFalse();
    }

    @Test
    void findsEachKindOfProblemOnItsRecordAndField() {
        Goal stopped = new Goal(Bakker.id(201), Bakker.DOSSIER, 1, "Gestopt", List.of(), List.of("financien", "vervoer"), null, null,
                "31-02-2027", GoalStatus.STOPPED, " ");
        Action early = Bakker.action(1, stopped, OwnerKind.MEMBER, Bakker.ANNA.id(), "Belt", "31-10-2026");
        Action fine = Bakker.action(2, stopped, OwnerKind.MEMBER, Bakker.ANNA.id(), "Belt weer", "01-11-2026");
        Evaluation ahead = new Evaluation(Bakker.id(700), Bakker.DOSSIER, "03-12-2026", List.of(), List.of(), Map.of(), null);
        Evaluation tomorrow = new Evaluation(Bakker.id(701), Bakker.DOSSIER, "02-12-2026", List.of(), List.of(), Map.of(), null);
        PlanState state = new PlanState(Bakker.dossier(), Optional.of(Bakker.plan()), List.of(stopped), List.of(early, fine), List.of(),
                List.of(), List.of(), List.of(ahead, tomorrow), List.of(), List.of(), List.of(), Optional.empty(), List.of());

        List<PlanProblem> problems = PlanChecks.problems(state, intakeWith("financien", "gezondheid"), Bakker.TODAY);

        assertThat(problems).extracting(PlanProblem::field, PlanProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Goal.Field.TARGET_DATE, "plan.problem.date"),
                org.assertj.core.groups.Tuple.tuple(Goal.Field.STOP_REASON, "plan.problem.stopWithoutReason"),
                org.assertj.core.groups.Tuple.tuple(Goal.Field.DOMAIN_CODES, "plan.problem.unknownDomain"),
                org.assertj.core.groups.Tuple.tuple(Action.Field.DUE_DATE, "plan.problem.dueBeforePlan"),
                org.assertj.core.groups.Tuple.tuple(Evaluation.Field.HELD_ON, "plan.problem.evaluationAhead"));
        assertThat(problems.get(2).arguments()).containsExactly(1, "vervoer");
        assertThat(problems.get(3).target().id()).isEqualTo(early.id());
        assertThat(problems.get(4).target().id()).isEqualTo(ahead.id());
    }

    @Test
    void absencesNeedAReasonAndWhetherTheReferrerKnowsAndADeclinedFamilyGroupPlanAReason() {
        Evaluation evaluation = new Evaluation(Bakker.id(700), Bakker.DOSSIER, "20-11-2026", List.of(
                new Attendance(Bakker.ANNA.id(), "Anna Bakker", Presence.ATTENDED, null, null),
                new Attendance(Bakker.MARK.id(), "Mark de Vries", Presence.NO_SHOW, " ", null),
                new Attendance(Bakker.JGZ.id(), "Fatma Yilmaz", Presence.DECLINED, "Ziek", true),
                new Attendance(Bakker.SCHOOL.id(), "Meester Jansen", null, null, null)), List.of(), Map.of(), null);
        Plan base = Bakker.plan();
        Plan declined = new Plan(base.id(), base.dossierId(), base.startedOn(), base.problemAnalysis(), base.goesWell(), base.perspective(),
                base.memberPerspectives(), base.referrerContactId(), "05-11-2026", FgpOutcome.DECLINED, "", null);
        PlanState state = new PlanState(Bakker.dossier(), Optional.of(declined), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(evaluation), List.of(), List.of(), List.of(), Optional.empty(), List.of());

        assertThat(PlanChecks.problems(state, Bakker.TODAY)).extracting(PlanProblem::messageKey, PlanProblem::arguments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("plan.problem.absentWithoutReason", List.of("Mark de Vries")),
                org.assertj.core.groups.Tuple.tuple("plan.problem.referrerToldOpen", List.of("Mark de Vries")),
                org.assertj.core.groups.Tuple.tuple("plan.problem.fgpDeclinedWithoutReason", List.of()));
    }

    @Test
    void aTidyPlanHasNoProblems() {
        Goal goal = Bakker.goal(1, "Daan gaat weer naar school");
        assertThat(PlanChecks.problems(Bakker.state(List.of(goal), List.of(Bakker.action(1, goal, OwnerKind.REGISSEUR, null, "Belt",
                "02-11-2026")), null), Bakker.TODAY)).isEmpty();
    }
}
