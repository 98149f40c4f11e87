package nl.keukentafel.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import org.junit.jupiter.api.Test;

/** Who may consent by age, on the day consent was given; periods; withdrawal. */
class ConsentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final UUID DOSSIER = UUID.randomUUID();
    private final Member mother = member(HouseholdRole.PARENT, "1-1-1985");
    private final Member eleven = member(HouseholdRole.CHILD, "2-12-2014");
    private final Member twelve = member(HouseholdRole.CHILD, "1-12-2014");
    private final Member fifteen = member(HouseholdRole.CHILD, "2-12-2010");
    private final Member sixteen = member(HouseholdRole.CHILD, "1-12-2010");
    private final Map<UUID, Member> members = Map.of(mother.id(), mother, eleven.id(), eleven, twelve.id(), twelve,
            fifteen.id(), fifteen, sixteen.id(), sixteen);

    private static Member member(HouseholdRole role, String born) {
        return new Member(UUID.randomUUID(), DOSSIER, "X", "Y", born, null, role, null, null, null, null);
    }

    private static Consent consent(List<UUID> givenBy, String givenOn, String from, String until, String withdrawn) {
        return new Consent(UUID.randomUUID(), DOSSIER, ConsentBasis.CONSENT, givenBy, null, "School", null, null, from, until,
                givenOn, null, withdrawn, null, null);
    }

    @Test
    void aChildUnderTwelveCannotConsentEvenWithAParent() {
        assertThat(ConsentRules.givers(consent(List.of(mother.id(), eleven.id()), null, null, null, null), members, TODAY))
                .containsExactly(new ConsentRules.Finding(eleven.id(), ConsentRules.GiverProblem.UNDER_12));
    }

    @Test
    void twelveToFifteenNeedsAParentSixteenIsAlone() {
        assertThat(ConsentRules.givers(consent(List.of(twelve.id()), null, null, null, null), members, TODAY))
                .containsExactly(new ConsentRules.Finding(twelve.id(), ConsentRules.GiverProblem.WITHOUT_PARENT));
        assertThat(ConsentRules.givers(consent(List.of(fifteen.id()), null, null, null, null), members, TODAY))
                .containsExactly(new ConsentRules.Finding(fifteen.id(), ConsentRules.GiverProblem.WITHOUT_PARENT));
        assertThat(ConsentRules.givers(consent(List.of(fifteen.id(), mother.id()), null, null, null, null), members, TODAY)).isEmpty();
        assertThat(ConsentRules.givers(consent(List.of(sixteen.id()), null, null, null, null), members, TODAY)).isEmpty();
        assertThat(ConsentRules.givers(consent(List.of(mother.id()), null, null, null, null), members, TODAY)).isEmpty();
    }

    @Test
    void theAgeCountsOnTheDayConsentWasGiven() {
        // sixteen today, but fifteen a year ago when this consent was given alone
        assertThat(ConsentRules.givers(consent(List.of(sixteen.id()), "1-12-2025", null, null, null), members, TODAY))
                .containsExactly(new ConsentRules.Finding(sixteen.id(), ConsentRules.GiverProblem.WITHOUT_PARENT));
    }

    @Test
    void periodsAndWithdrawal() {
        assertThat(ConsentRules.periodReversed(consent(List.of(), null, "1-12-2026", "30-11-2026", null))).isTrue();
        assertThat(ConsentRules.periodReversed(consent(List.of(), null, "1-12-2026", "1-12-2026", null))).isFalse();
        assertThat(ConsentRules.periodReversed(consent(List.of(), null, "1-12-2026", "morgen", null))).isFalse();
        assertThat(ConsentRules.periodReversed("1-12-2026", "30-11-2026")).as("as typed, before it is stored").isTrue();
        assertThat(ConsentRules.periodReversed("", "30-11-2026")).isFalse();
        assertThat(ConsentRules.active(consent(List.of(), null, null, null, null))).isTrue();
        assertThat(ConsentRules.active(consent(List.of(), null, null, null, "2-12-2026"))).isFalse();
    }
}
