package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.Presence;
import org.junit.jupiter.api.Test;

/** Bad or odd werkplans are checked without an exception and with sensible findings (issue 12). */
class PlanRulesOddDossiersTest {
    private final PlanFacts family = new PlanFacts();

    private List<String> keys() {
        return PlanRules.all().stream().filter(rule -> rule.applies(family.facts()))
                .flatMap(rule -> rule.findings(family.facts()).stream()).map(Finding::key).toList();
    }

    @Test
    void noMembersAndAPlanWithoutGoalsAskForGoalsOnly() {
        family.members.clear();
        family.contacts.clear();

        assertThat(keys()).containsExactly("T8:no-goals");
    }

    @Test
    void aPlanWithNothingTypedAndRecordsWithNothingInThem() {
        family.plan = new Plan(PlanFacts.id(20), PlanFacts.DOSSIER, null, null, null, null, null, null, null, null, null, null);
        family.goals.add(new Goal(PlanFacts.id(50), PlanFacts.DOSSIER, null, null, null, null, null, null, null, null, null));
        family.actions.add(new Action(PlanFacts.id(51), PlanFacts.DOSSIER, PlanFacts.id(50), null, null, null, null, null, null, null));
        family.agree(null);
        family.evaluations.add(new Evaluation(PlanFacts.id(52), PlanFacts.DOSSIER, null,
                List.of(new Attendance(null, null, Presence.NO_SHOW, null, null)), List.of(new GoalReview(null, null, null, null),
                new GoalReview(PlanFacts.id(50), GoalResult.NOT_ACHIEVED, null, null)), Map.of(), null));
        family.closure = new Closure(PlanFacts.id(40), PlanFacts.DOSSIER, true, null, null, null, null, null, null, null, null, null, null);

        assertThatCode(this::keys).doesNotThrowAnyException();
        assertThat(keys()).contains("T8:perspective", "T8:goal-text:" + PlanFacts.id(50), "T8:rank:" + PlanFacts.id(50),
                "T8:action-owner:" + PlanFacts.id(51), "T10:assessment-missing:" + PlanFacts.id(52) + ":" + PlanFacts.NOOR.id(),
                "T12:no-decision:" + PlanFacts.id(52) + ":" + PlanFacts.id(50), "T13:reason", "T13:end-report");
    }

    @Test
    void anEvaluationDatedAheadDoesNotKeepThePlannedOne() {
        Plan plan = family.plan;
        family.plan = new Plan(plan.id(), plan.dossierId(), plan.startedOn(), plan.problemAnalysis(), plan.goesWell(), plan.perspective(),
                Map.of(), plan.referrerContactId(), null, null, null, "01-11-2026");
        family.completeGoal("Rust in huis");
        family.agree("15-09-2026");
        family.assessAll(family.evaluation("01-01-2027", PlanFacts.familyAttended(PlanFacts.NOOR, PlanFacts.FINN), List.of()));

        assertThat(keys()).containsExactly("T9:overdue:2026-11-01");
    }

    @Test
    void anEvaluationPastItsDateIsOverdueOnlyAfterTheGraceDays() {
        family.completeGoal("Rust in huis");
        family.agree("15-09-2026");
        Plan plan = family.plan;
        Function<LocalDate, List<String>> plannedOn = date -> {
            family.plan = new Plan(plan.id(), plan.dossierId(), plan.startedOn(), plan.problemAnalysis(), plan.goesWell(),
                    plan.perspective(), Map.of(), plan.referrerContactId(), null, null, null, FieldCheck.write(date));
            return keys();
        };
        LocalDate today = family.facts().today();
        int grace = family.facts().settings().overdueGraceDays();

        assertThat(plannedOn.apply(today.minusDays(grace))).as("on the last day of grace").noneMatch(key -> key.startsWith("T9:"));
        assertThat(plannedOn.apply(today.minusDays(grace + 1L))).containsExactly("T9:overdue:" + today.minusDays(grace + 1L));
    }
}
