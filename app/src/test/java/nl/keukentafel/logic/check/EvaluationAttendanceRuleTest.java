package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Presence;
import org.junit.jupiter.api.Test;

class EvaluationAttendanceRuleTest {
    private final EvaluationAttendanceRule rule = new EvaluationAttendanceRule();
    private final PlanFacts family = new PlanFacts();

    @Test
    void theParentAndTheChildrenFromTwelveRecordedPresentPasses() {
        family.agree("15-09-2026");
        family.evaluation("01-11-2026", PlanFacts.familyAttended(PlanFacts.NOOR, PlanFacts.FINN), List.of());

        assertThat(rule.applies(family.facts())).isTrue();
        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void beforeThePlanIsAgreedEvaluationsAreNotJudged() {
        family.evaluation("01-11-2026", List.of(), List.of());

        assertThat(rule.applies(family.facts())).isFalse();
    }

    @Test
    void aChildTurningTwelveIsExpectedFromTheBirthdayOn() {
        family.agree("15-09-2026");
        String dayBefore = FieldCheck.write(PlanFacts.FINN_TURNS_12.minusDays(1));
        family.evaluation(dayBefore, PlanFacts.familyAttended(PlanFacts.NOOR), List.of());
        Evaluation onTheDay = family.evaluation(FieldCheck.write(PlanFacts.FINN_TURNS_12),
                PlanFacts.familyAttended(PlanFacts.NOOR), List.of());

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly("T9:presence-open:" + onTheDay.id() + ":" + PlanFacts.FINN.id());
        assertThat(findings.get(0).target().kind()).isEqualTo(RecordKind.EVALUATION);
        assertThat(findings.get(0).arguments()).containsExactly("Finn Vermeer", "15-11-2026");
    }

    @Test
    void aLineWithoutPresenceCountsAsNotRecorded() {
        family.agree("15-09-2026");
        Evaluation evaluation = family.evaluation("01-11-2026", List.of(new Attendance(PlanFacts.EVA.id(), "Eva", null, null, null),
                PlanFacts.attended(PlanFacts.NOOR), PlanFacts.attended(PlanFacts.FINN)), List.of());

        assertThat(family.keys(rule)).containsExactly("T9:presence-open:" + evaluation.id() + ":" + PlanFacts.EVA.id());
    }

    @Test
    void anAbsenceNeedsItsReasonAndWhetherTheReferrerWasTold() {
        family.agree("15-09-2026");
        Evaluation evaluation = family.evaluation("01-11-2026", List.of(
                new Attendance(PlanFacts.EVA.id(), "Eva", Presence.DECLINED, "Ziek", true),
                new Attendance(PlanFacts.NOOR.id(), "Noor", Presence.NO_SHOW, "", false),
                PlanFacts.attended(PlanFacts.FINN),
                new Attendance(PlanFacts.SCHOOL.id(), "Juf Kramer", Presence.DECLINED, "Les", null),
                new Attendance(null, "Buurman Piet", Presence.NO_SHOW, null, null)), List.of());

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly(
                "T9:absence:" + evaluation.id() + ":" + PlanFacts.NOOR.id(),
                "T9:absence:" + evaluation.id() + ":" + PlanFacts.SCHOOL.id(),
                "T9:absence:" + evaluation.id() + ":" + RecordIds.derived(evaluation.id(), "attendance", "Buurman Piet"));
        assertThat(findings).extracting(finding -> finding.arguments().get(0))
                .containsExactly("Noor Vermeer", "Juf Kramer", "Buurman Piet");
        assertThat(findings.get(2).key()).doesNotContain("Piet");
    }

    @Test
    void anUnreadableEvaluationDateCountsAgesOnToday() {
        family.agree("15-09-2026");
        family.evaluation("1 november", PlanFacts.familyAttended(PlanFacts.NOOR, PlanFacts.FINN), List.of());

        assertThat(family.keys(rule, LocalDate.of(2026, 12, 1))).isEmpty();
    }
}
