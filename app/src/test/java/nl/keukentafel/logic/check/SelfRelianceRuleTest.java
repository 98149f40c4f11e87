package nl.keukentafel.logic.check;

import static nl.keukentafel.logic.check.FactsBuilder.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.intake.DomainStatus;
import org.junit.jupiter.api.Test;

class SelfRelianceRuleTest {
    private final SelfRelianceRule rule = new SelfRelianceRule();

    @Test
    void judgedOnceTheIntakeIsStartedAndSelfRelianceMustBeRecorded() {
        FactsBuilder facts = new FactsBuilder();
        assertThat(rule.applies(facts.build())).isFalse();

        facts.intake("", "");
        assertThat(keys(rule, facts.build())).containsExactly("T4:self-reliance-missing");

        facts.domain("financien", DomainStatus.DISCUSSED, 4, "");
        assertThat(keys(rule, facts.build())).isEmpty();
    }

    @Test
    void aLowScoreOrConcernsNeedAGoalOnThatDomainOnceThePlanIsStarted() {
        FactsBuilder facts = new FactsBuilder();
        UUID mother = facts.member("Anna", HouseholdRole.PARENT, "03-04-1988");
        UUID son = facts.member("Daan", HouseholdRole.CHILD, "01-02-2014");
        facts.intake("Moeder regelt de boodschappen", "");
        UUID money = facts.domain("financien", DomainStatus.DISCUSSED, 2, "");
        UUID housing = facts.domain("huisvesting", DomainStatus.DISCUSSED, 4, "Huur twee maanden achter");
        facts.domain("werk-opleiding", DomainStatus.DISCUSSED, 1, "", son);
        UUID sonsWork = nl.keukentafel.logic.intake.IntakeService.domainRef(facts.dossierId, "werk-opleiding", son).id();
        facts.domain("justitie", DomainStatus.NOT_APPLICABLE, 1, "");
        assertThat(keys(rule, facts.build())).isEmpty();

        facts.plan("01-11-2026");
        assertThat(keys(rule, facts.build())).containsExactlyInAnyOrder("T4:no-goal:" + money, "T4:no-goal:" + housing,
                "T4:no-goal:" + sonsWork);

        facts.goal("Overzicht over de schulden", List.of("financien", "huisvesting"));
        facts.goal("Moeder vindt werk", List.of("werk-opleiding"), mother);
        assertThat(keys(rule, facts.build())).containsExactly("T4:no-goal:" + sonsWork);

        facts.goal("Daan gaat weer naar school", List.of("werk-opleiding"), son);
        assertThat(keys(rule, facts.build())).isEmpty();
    }
}
