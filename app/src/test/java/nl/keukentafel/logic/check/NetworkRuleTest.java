package nl.keukentafel.logic.check;

import static nl.keukentafel.logic.check.FactsBuilder.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.keukentafel.logic.intake.ProfessionalRules;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.Sector;
import org.junit.jupiter.api.Test;

/** T5 on 1 December 2026. */
class NetworkRuleTest {
    private final NetworkRule rule = new NetworkRule();

    @Test
    void aChildTurningFourOnTheCheckDayNeedsASchoolTheDayBeforeYouthHealthCare() {
        FactsBuilder facts = new FactsBuilder();
        UUID turnsFourToday = facts.member("Pim", HouseholdRole.CHILD, "01-12-2022");
        UUID turnsFourTomorrow = facts.member("Mila", HouseholdRole.CHILD, "02-12-2022");

        assertThat(keys(rule, facts.build())).containsExactly("T5:noSchool:" + turnsFourToday, "T5:noJgz:" + turnsFourTomorrow);

        facts.contact("Basisschool De Vlinder", Sector.SCHOOL, false, turnsFourToday);
        facts.contact("JGZ Kop van Noord-Holland", Sector.YOUTH_HEALTH, false);
        assertThat(keys(rule, facts.build())).isEmpty();
    }

    @Test
    void aRuleOfThumbWaivedWithAReasonInTheIntakeIsMet() {
        FactsBuilder facts = new FactsBuilder();
        UUID pim = facts.member("Pim", HouseholdRole.CHILD, "01-02-2024");
        facts.intake("", "Oma past op");
        assertThat(keys(rule, facts.build())).containsExactly("T5:noJgz:" + pim);

        facts.waiveRule(ProfessionalRules.jgzKey(pim), "Gezin woont pas twee weken hier; JGZ volgt");
        assertThat(keys(rule, facts.build())).isEmpty();
    }

    @Test
    void eachProfessionalNeedsConsentOrARecordedBasisAndTheInformalNetworkIsMapped() {
        FactsBuilder facts = new FactsBuilder();
        facts.member("Anna", HouseholdRole.PARENT, "03-04-1988");
        facts.intake("", "");
        UUID gp = facts.contact("Huisarts Jansen", Sector.GENERAL_PRACTICE, true);
        UUID school = facts.contact("Meester Bas", Sector.SCHOOL, true);
        facts.consent(school, ConsentBasis.WITHOUT_CONSENT, "");

        assertThat(keys(rule, facts.build())).containsExactly("T5:consent:" + gp, "T5:consent:" + school, "T5:network-unmapped");

        facts.consent(gp, ConsentBasis.CONSENT, "");
        facts.consent(school, ConsentBasis.WITHOUT_CONSENT, "Zorgmelding: veiligheid van het kind gaat voor (Meldcode stap 2)");
        facts.contact("Tante Els", Sector.OTHER, false);
        assertThat(keys(rule, facts.build())).isEmpty();
    }
}
