package nl.keukentafel.logic.check;

import static nl.keukentafel.logic.check.FactsBuilder.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.keukentafel.model.HouseholdRole;
import org.junit.jupiter.api.Test;

class FamilyPlanRuleTest {
    private final FamilyPlanRule rule = new FamilyPlanRule();

    @Test
    void judgedOnceThePlanIsStartedTheFamilyGroupPlanOfferedAndThePlanAgreed() {
        FactsBuilder facts = new FactsBuilder();
        facts.member("Anna", HouseholdRole.PARENT, "03-04-1988");
        assertThat(rule.applies(facts.build())).isFalse();

        facts.plan("");
        assertThat(keys(rule, facts.build())).containsExactly("T6:fgp-not-offered", "T6:not-agreed");

        facts.plan("15-10-2026");
        assertThat(keys(rule, facts.build())).containsExactly("T6:not-agreed");
    }

    @Test
    void theParentsAndTheChildrenFromTwelveOnTheDayOfAgreeingAgreed() {
        FactsBuilder facts = new FactsBuilder();
        UUID mother = facts.member("Anna", HouseholdRole.PARENT, "03-04-1988");
        UUID father = facts.member("Ruben", HouseholdRole.PARENT, "03-09-1986");
        UUID twelveThatDay = facts.member("Sem", HouseholdRole.CHILD, "20-11-2014");
        facts.member("Noor", HouseholdRole.CHILD, "21-11-2014");
        facts.plan("15-10-2026");
        facts.version("20-11-2026", mother);

        assertThat(keys(rule, facts.build())).containsExactly("T6:not-agreed-with:" + father, "T6:not-agreed-with:" + twelveThatDay);

        facts.version("21-11-2026", mother, father, twelveThatDay);
        assertThat(keys(rule, facts.build())).as("Noor turns 12 on the day of the new version").hasSize(1)
                .allMatch(key -> key.startsWith("T6:not-agreed-with:"));
    }
}
