package nl.keukentafel.logic.check;

import static nl.keukentafel.logic.check.FactsBuilder.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Residence;
import org.junit.jupiter.api.Test;

/** The values today's caseload count and the intake's panel flagged, as INPUT findings whose keys hold no values. */
class InputRuleTest {
    private final InputRule rule = new InputRule();

    @Test
    void wrongValuesOnTheDossierAndInTheIntakeAreFindingsWithoutTheValueInTheKey() {
        FactsBuilder facts = new FactsBuilder();
        UUID mother = facts.member("Anna", HouseholdRole.PARENT, "03-04-1988");
        UUID son = facts.member("Daan", HouseholdRole.CHILD, "01-02-2014");
        assertThat(keys(rule, facts.build())).isEmpty();

        facts.replaceMember(new Member(mother, facts.dossierId, "Anna", "Visser", "03-04-1988", Gender.FEMALE, HouseholdRole.PARENT,
                Residence.IN_HOUSEHOLD, "123456789", "", "anna@"));
        facts.replaceMember(new Member(son, facts.dossierId, "Daan", "Visser", "01-02-2027", Gender.MALE, HouseholdRole.CHILD,
                Residence.IN_HOUSEHOLD, "", "", ""));
        Family family = facts.family();
        facts.family(new Family(family.id(), family.householdName(), "", "1781", "", family.regisseurName(), "",
                family.regisseurOrganisation(), family.regisseurPhone(), "", "", false));
        facts.intake("", "");
        UUID assessment = facts.assessment(son, "01-03-2027");

        assertThat(keys(rule, facts.build())).containsExactly(
                "INPUT:" + facts.dossierId + ":postalCode:POSTAL_CODE_FORMAT",
                "INPUT:" + mother + ":bsn:BSN_ELEVEN_CHECK",
                "INPUT:" + mother + ":email:EMAIL_FORMAT",
                "INPUT:" + son + ":birthDate:DATE_IN_FUTURE",
                "INPUT:" + assessment + ":assessedOn:assessmentInFuture");
        assertThat(keys(rule, facts.build())).noneMatch(key -> key.contains("123456789"));
        assertThat(rule.findings(facts.build()).get(1)).satisfies(finding -> {
            assertThat(finding.messageKey()).isEqualTo("check.input.BSN_ELEVEN_CHECK");
            assertThat(finding.arguments()).containsExactly("Anna Visser");
        });
    }
}
