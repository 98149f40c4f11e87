package nl.keukentafel.logic.check;

import static nl.keukentafel.logic.check.FactsBuilder.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.keukentafel.model.HouseholdRole;
import org.junit.jupiter.api.Test;

/** T3 with the first conversation on 1 October 2026: the default term of 6 weeks ends on 12 November. */
class SafetyAssessedRuleTest {
    private final SafetyAssessedRule rule = new SafetyAssessedRule();

    private static FactsBuilder family() {
        FactsBuilder facts = new FactsBuilder();
        facts.member("Anna", HouseholdRole.PARENT, "03-04-1988");
        facts.intake("", "").conversation(1, "01-10-2026");
        return facts;
    }

    @Test
    void everyChildNeedsAnAssessmentSayingByWhenAndOverdueOnlyAfterTheLastDay() {
        FactsBuilder facts = family();
        UUID daan = facts.member("Daan", HouseholdRole.CHILD, "01-02-2014");
        UUID sanne = facts.member("Sanne", HouseholdRole.CHILD, "01-02-2018");
        facts.assessment(daan, "20-10-2026");

        DossierFacts onTheLastDay = facts.today(LocalDate.of(2026, 11, 12)).build();
        assertThat(keys(rule, onTheLastDay)).containsExactly("T3:assessment-missing:" + sanne);
        assertThat(rule.findings(onTheLastDay).get(0).messageKey()).isEqualTo("check.t3.dueBy");
        assertThat(rule.findings(onTheLastDay).get(0).arguments()).containsExactly("Sanne Visser", "12-11-2026");

        DossierFacts dayAfter = facts.today(LocalDate.of(2026, 11, 13)).build();
        assertThat(rule.findings(dayAfter).get(0).messageKey()).isEqualTo("check.t3.overdue");
    }

    @Test
    void anAssessmentExactlyOnTheTermIsInTimeOneDayLaterIsLate() {
        FactsBuilder facts = family();
        UUID daan = facts.member("Daan", HouseholdRole.CHILD, "01-02-2014");
        UUID sanne = facts.member("Sanne", HouseholdRole.CHILD, "01-02-2018");
        facts.assessment(daan, "12-11-2026");
        facts.assessment(sanne, "13-11-2026");

        assertThat(keys(rule, facts.build())).containsExactly("T3:assessment-late:" + sanne);
    }

    @Test
    void theTermIsConfigurableAndWithoutADatedConversationOnlyMissingAssessmentsCount() {
        FactsBuilder facts = family();
        UUID sanne = facts.member("Sanne", HouseholdRole.CHILD, "01-02-2018");
        facts.assessment(sanne, "13-11-2026");
        assertThat(keys(rule, facts.settings(new CheckSettings(8, 14, 12)).build())).isEmpty();

        FactsBuilder undated = new FactsBuilder();
        UUID pim = undated.member("Pim", HouseholdRole.CHILD, "01-02-2024");
        undated.intake("", "").conversation(1, "");
        assertThat(rule.findings(undated.build())).singleElement().satisfies(finding -> {
            assertThat(finding.key()).isEqualTo("T3:assessment-missing:" + pim);
            assertThat(finding.messageKey()).isEqualTo("intake.open.childNoAssessment");
        });
    }

    @Test
    void aHouseholdWithoutChildrenMeetsIt() {
        assertThat(keys(rule, family().build())).isEmpty();
    }
}
