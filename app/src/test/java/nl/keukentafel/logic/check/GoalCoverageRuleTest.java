package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import org.junit.jupiter.api.Test;

class GoalCoverageRuleTest {
    private final GoalCoverageRule rule = new GoalCoverageRule();
    private final PlanFacts family = new PlanFacts();

    @Test
    void aPlanForOneChildOfThreeWithConcernsNamesTheTwoLeftOut() {
        family.domain("geestelijke-gezondheid", "Autisme, vastlopen op school", null, PlanFacts.NOOR);
        family.domain("geestelijke-gezondheid", "Autisme", null, PlanFacts.FINN);
        family.domain("scholing", "", 2, PlanFacts.LOTTE);
        family.completeGoal("Noor gaat weer naar school", PlanFacts.NOOR);

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly("T8:member-without-goal:" + PlanFacts.FINN.id(),
                "T8:member-without-goal:" + PlanFacts.LOTTE.id());
        assertThat(findings.get(0).arguments()).containsExactly("Finn Vermeer", "Geestelijke gezondheid");
        assertThat(findings.get(1).arguments()).containsExactly("Lotte Vermeer", "Scholing");
        assertThat(findings.get(0).target().kind()).isEqualTo(RecordKind.MEMBER);
        assertThat(findings.get(0).field()).isEqualTo("+goal");
    }

    @Test
    void everyMemberWithAConcernInSomeGoalPasses() {
        family.domain("geestelijke-gezondheid", "Autisme", null, PlanFacts.NOOR, PlanFacts.FINN);
        family.completeGoal("Noor en Finn hebben een vaste dagstructuur", PlanFacts.NOOR);
        family.completeGoal("Finn heeft een plek op school", PlanFacts.FINN);

        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void aGoalForTheWholeFamilyCoversEveryone() {
        family.domain("financien", "Schulden", 1, PlanFacts.EVA);
        family.assessment(PlanFacts.LOTTE, "01-09-2026", SafetyJudgement.UNSAFE, RiskLevel.HIGH, null);
        family.completeGoal("Rust in huis");

        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void aChildJudgedUnsafeNeedsAGoalEvenWithoutADomainConcern() {
        family.assessment(PlanFacts.LOTTE, "01-09-2026", SafetyJudgement.UNSAFE, RiskLevel.MODERATE, null);
        family.assessment(PlanFacts.NOOR, "01-09-2026", SafetyJudgement.CONDITIONALLY_SAFE, RiskLevel.MODERATE, null);
        family.completeGoal("Eva heeft overzicht over het geld", PlanFacts.EVA);

        List<Finding> findings = rule.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly("T8:member-without-goal:" + PlanFacts.LOTTE.id());
        assertThat(findings.get(0).messageKey()).isEqualTo("check.t8.unsafeChildWithoutGoal");
    }

    @Test
    void scoresThreeAndHigherAndHouseholdEntriesAreNoMemberConcern() {
        family.domain("financien", "", 3, PlanFacts.EVA);
        family.domain("huisvesting", "Te klein huis", 1);
        family.completeGoal("Noor gaat naar school", PlanFacts.NOOR);

        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void aDomainMarkedNotApplicableIsNoConcernAsForT4() {
        family.domains.add(new DomainEntry(PlanFacts.id(60), PlanFacts.DOSSIER, PlanFacts.id(30), "justitie", List.of(PlanFacts.EVA.id()),
                DomainStatus.NOT_APPLICABLE, "Geen justitiecontact", null, "Oude boete", null, 2));
        family.completeGoal("Noor gaat naar school", PlanFacts.NOOR);

        assertThat(family.keys(rule)).isEmpty();
    }

    @Test
    void aStoppedGoalCoversNoOne() {
        family.domain("financien", "Schulden", null, PlanFacts.EVA);
        Goal goal = family.completeGoal("Schulden weg", PlanFacts.EVA);
        family.replace(new Goal(goal.id(), goal.dossierId(), 1, goal.text(), goal.memberIds(), List.of(), null, null, "01-06-2027",
                GoalStatus.STOPPED, "Hulp via bewind"));

        assertThat(family.keys(rule)).containsExactly("T8:member-without-goal:" + PlanFacts.EVA.id());
    }
}
