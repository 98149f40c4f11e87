package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.plan.Evaluation;
import org.junit.jupiter.api.Test;

class EvaluationSafetyRuleTest {
    private final EvaluationSafetyRule rule = new EvaluationSafetyRule();
    private final PlanFacts family = new PlanFacts();

    @Test
    void everyChildJudgedAtEveryEvaluationPasses() {
        family.agree("15-09-2026");
        family.assessAll(family.evaluation("01-10-2026", List.of(), List.of()));
        family.assessAll(family.evaluation("15-11-2026", List.of(), List.of()));

        assertThat(rule.applies(family.facts())).isTrue();
        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void notApplicableBeforeTheFirstEvaluationOfAnAgreedPlan() {
        assertThat(rule.applies(family.facts())).isFalse();
        family.agree("15-09-2026");
        assertThat(rule.applies(family.facts())).isFalse();
    }

    @Test
    void safetyReassessedForOneChildOfThreeNamesTheOtherTwo() {
        family.agree("15-09-2026");
        Evaluation evaluation = family.evaluation("01-10-2026", List.of(), List.of());
        family.assessment(PlanFacts.NOOR, "01-10-2026", SafetyJudgement.SAFE, RiskLevel.LOW, evaluation.id());
        family.assessment(PlanFacts.FINN, "01-08-2026", SafetyJudgement.SAFE, RiskLevel.LOW, null);

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly(
                "T10:assessment-missing:" + evaluation.id() + ":" + PlanFacts.FINN.id(),
                "T10:assessment-missing:" + evaluation.id() + ":" + PlanFacts.LOTTE.id());
        assertThat(findings.get(0).target().kind()).isEqualTo(RecordKind.EVALUATION);
        assertThat(findings.get(0).field()).isEqualTo("+evaluationAssessment");
        assertThat(findings.get(0).arguments()).containsExactly("Finn Vermeer", "01-10-2026");
    }

    @Test
    void anAssessmentLeftUnjudgedPointsAtItsFirstOpenField() {
        family.agree("15-09-2026");
        Evaluation evaluation = family.evaluation("01-10-2026", List.of(), List.of());
        family.assessment(PlanFacts.NOOR, "01-10-2026", SafetyJudgement.SAFE, RiskLevel.LOW, evaluation.id());
        SafetyAssessment empty = family.assessment(PlanFacts.FINN, "01-10-2026", null, null, evaluation.id());
        SafetyAssessment halfway = family.assessment(PlanFacts.LOTTE, "01-10-2026", SafetyJudgement.CONDITIONALLY_SAFE, null,
                evaluation.id());

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly(
                "T10:assessment-open:" + evaluation.id() + ":" + PlanFacts.FINN.id(),
                "T10:assessment-open:" + evaluation.id() + ":" + PlanFacts.LOTTE.id());
        assertThat(findings).extracting(finding -> finding.target().id()).containsExactly(empty.id(), halfway.id());
        assertThat(findings).extracting(Finding::field).containsExactly(SafetyAssessment.Field.CURRENT_SAFETY,
                SafetyAssessment.Field.FUTURE_RISK);
    }

    @Test
    void aChildBornAfterTheEvaluationNeedsNoAssessmentAtIt() {
        Member baby = new Member(PlanFacts.id(6), PlanFacts.DOSSIER, "Mees", "Vermeer", "20-10-2026", Gender.UNKNOWN, HouseholdRole.CHILD,
                Residence.IN_HOUSEHOLD, "", "", "");
        family.members.add(baby);
        family.agree("15-09-2026");
        family.assessAll(family.evaluation("01-10-2026", List.of(), List.of()));
        Evaluation later = family.evaluation("20-10-2026", List.of(), List.of());
        family.assessAll(later);

        assertThat(family.keys(rule)).containsExactly("T10:assessment-missing:" + later.id() + ":" + baby.id());
    }
}
