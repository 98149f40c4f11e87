package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.Plan;
import org.junit.jupiter.api.Test;

class EvaluationScheduleRuleTest {
    private static final LocalDate PLANNED = LocalDate.of(2026, 11, 1);
    private static final String KEY = "T9:overdue:2026-11-01";

    private final EvaluationScheduleRule rule = new EvaluationScheduleRule();
    private final PlanFacts family = new PlanFacts();

    private void plan(String nextEvaluationOn) {
        Plan plan = family.plan;
        family.plan = new Plan(plan.id(), plan.dossierId(), plan.startedOn(), plan.problemAnalysis(), plan.goesWell(), plan.perspective(),
                Map.of(), plan.referrerContactId(), null, null, null, nextEvaluationOn);
        family.agree("15-09-2026");
    }

    @Test
    void beforeThePlanIsAgreedNoEvaluationIsJudged() {
        assertThat(rule.applies(family.facts())).isFalse();
    }

    @Test
    void anEvaluationExactlyOnTheOverdueLineIsNotYetAFinding() {
        plan("01-11-2026");
        LocalDate line = PLANNED.plusDays(CheckSettings.DEFAULTS.overdueGraceDays());

        assertThat(rule.applies(family.facts(line))).isTrue();
        assertThat(family.keys(rule, line)).isEmpty();
        assertThat(family.keys(rule, line.plusDays(1))).containsExactly(KEY);
    }

    @Test
    void theOverdueFindingPointsAtThePlannedDateAndSaysHowLate() {
        plan("01-11-2026");

        Finding finding = rule.findings(family.facts(PlanFacts.TODAY)).get(0);

        assertThat(finding.field()).isEqualTo(Plan.Field.NEXT_EVALUATION_ON);
        assertThat(finding.arguments()).containsExactly("01-11-2026", 30L);
    }

    @Test
    void anEvaluationHeldOnOrAfterThePlannedDayKeepsItAndTheNextMustBePlanned() {
        plan("01-11-2026");
        family.evaluation("01-11-2026", PlanFacts.familyAttended(), List.of());

        assertThat(family.keys(rule)).containsExactly("T9:not-planned");
    }

    @Test
    void anEvaluationHeldBeforeThePlannedDayDoesNotKeepIt() {
        plan("01-11-2026");
        family.evaluation("31-10-2026", PlanFacts.familyAttended(), List.of());

        assertThat(family.keys(rule)).containsExactly(KEY);
    }

    @Test
    void noNextEvaluationPlannedIsAFindingButAnUnreadableDateIsLeftToTheInputCheck() {
        plan("");
        assertThat(family.keys(rule)).containsExactly("T9:not-planned");

        plan("31-02-2026");
        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void onceClosingStartedNoEvaluationIsDue() {
        plan("01-10-2026");
        family.closure = new Closure(PlanFacts.id(40), PlanFacts.DOSSIER, false, null, ClosureReason.GOALS_MET, null, null, null, null,
                List.of(), null, null, null);

        assertThat(family.keys(rule)).isEmpty();
    }
}
