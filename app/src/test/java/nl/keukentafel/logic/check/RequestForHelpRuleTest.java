package nl.keukentafel.logic.check;

import static nl.keukentafel.logic.check.FactsBuilder.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.NotSpokenReason;
import nl.keukentafel.model.intake.SpokenStatus;
import org.junit.jupiter.api.Test;

class RequestForHelpRuleTest {
    private final RequestForHelpRule rule = new RequestForHelpRule();

    @Test
    void aHouseholdWithoutMembersOrWithoutAnIntakeIsOneFinding() {
        FactsBuilder empty = new FactsBuilder();
        assertThat(keys(rule, empty.build())).containsExactly("T1:no-members");

        FactsBuilder notStarted = new FactsBuilder();
        notStarted.member("Anna", HouseholdRole.PARENT, "03-04-1988");
        assertThat(keys(rule, notStarted.build())).containsExactly("T1:intake-not-started");
    }

    @Test
    void parentsAndChildrenSpokenWithNeedTheirRequestInTheirOwnWordsSmallChildrenAReason() {
        FactsBuilder facts = new FactsBuilder();
        UUID mother = facts.member("Anna", HouseholdRole.PARENT, "03-04-1988");
        UUID son = facts.member("Daan", HouseholdRole.CHILD, "01-02-2014");
        UUID baby = facts.member("Mila", HouseholdRole.CHILD, "01-02-2026");
        UUID grandmother = facts.member("Riet", HouseholdRole.OTHER, "01-02-1950");
        facts.intake("", "");
        facts.line(mother, SpokenStatus.SPOKEN, "Ik wil weer rust in huis");
        facts.line(son, SpokenStatus.SPOKEN, "  ");
        facts.line(grandmother, SpokenStatus.SPOKEN, "");
        UUID babyLine = IntakeService.memberLineRef(facts.dossierId, baby).id();

        assertThat(keys(rule, facts.build())).containsExactly("T1:memberNoStatus:" + babyLine, "T1:request-missing:" + son);

        facts.line(new IntakeMember(babyLine, facts.dossierId, null, baby, SpokenStatus.NOT_SPOKEN, NotSpokenReason.TOO_YOUNG, "", ""));
        assertThat(keys(rule, facts.build())).containsExactly("T1:request-missing:" + son);
    }
}
