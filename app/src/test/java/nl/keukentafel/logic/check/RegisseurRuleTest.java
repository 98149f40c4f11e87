package nl.keukentafel.logic.check;

import static nl.keukentafel.logic.check.FactsBuilder.keys;
import static org.assertj.core.api.Assertions.assertThat;

import nl.keukentafel.model.Family;
import org.junit.jupiter.api.Test;

class RegisseurRuleTest {
    private final RegisseurRule rule = new RegisseurRule();

    @Test
    void oneRegisseurWithOrganisationAndAWayToReachThem() {
        FactsBuilder facts = new FactsBuilder();
        assertThat(keys(rule, facts.build())).isEmpty();
        Family named = facts.family();

        facts.family(new Family(named.id(), named.householdName(), "", "", "", "Fatima el Amrani", "", "", "", "", "", false));
        assertThat(keys(rule, facts.build())).containsExactly("T7:no-organisation", "T7:unreachable");

        facts.family(new Family(named.id(), named.householdName(), "", "", "", "Fatima el Amrani", "", "Wijkteam", "", "f@wijkteam.nl", "",
                false));
        assertThat(keys(rule, facts.build())).isEmpty();

        facts.family(new Family(named.id(), named.householdName(), "", "", "", " ", "", "", "", "", "", false));
        assertThat(keys(rule, facts.build())).containsExactly("T7:no-regisseur");
    }
}
