package nl.keukentafel.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.Sector;
import org.junit.jupiter.api.Test;

/** JGZ under 4, school from 4 to 17, the GP on a health concern; which contacts count. */
class ProfessionalRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final UUID DOSSIER = UUID.randomUUID();

    private static Member child(String born) {
        return new Member(UUID.randomUUID(), DOSSIER, "Kind", null, born, null, HouseholdRole.CHILD, null, null, null, null);
    }

    private static Contact contact(Sector sector, UUID... about) {
        return new Contact(UUID.randomUUID(), DOSSIER, "C", null, null, null, null, null, true, sector, List.of(about));
    }

    private static DomainEntry entry(String code, String concerns, Integer score) {
        return new DomainEntry(UUID.randomUUID(), DOSSIER, UUID.randomUUID(), code, List.of(), null, null, null, concerns, null, score);
    }

    @Test
    void theAgeDecidesJgzOrSchool() {
        Member three = child("2-12-2022");
        Member four = child("1-12-2022");
        Member seventeen = child("2-12-2008");
        Member eighteen = child("1-12-2008");
        Member unknown = child("ooit");
        Member parent = new Member(UUID.randomUUID(), DOSSIER, "Ouder", null, "1-1-2024", null, HouseholdRole.PARENT, null, null,
                null, null);
        List<ProfessionalRules.Need> needs = ProfessionalRules.needs(List.of(three, four, seventeen, eighteen, unknown, parent),
                List.of(), TODAY);
        assertThat(needs).extracting(ProfessionalRules.Need::waiverKey).containsExactly(ProfessionalRules.jgzKey(three.id()),
                ProfessionalRules.schoolKey(four.id()), ProfessionalRules.schoolKey(seventeen.id()));
        assertThat(needs).extracting(ProfessionalRules.Need::sector).containsExactly(Sector.YOUTH_HEALTH, Sector.SCHOOL, Sector.SCHOOL);
    }

    @Test
    void aContactCountsForTheHouseholdOrForThatChild() {
        Member nine = child("1-6-2017");
        Member other = child("1-6-2015");
        ProfessionalRules.Need school = ProfessionalRules.needs(List.of(nine), List.of(), TODAY).get(0);
        assertThat(ProfessionalRules.met(school, List.of(contact(Sector.SCHOOL, other.id())))).isFalse();
        assertThat(ProfessionalRules.met(school, List.of(contact(Sector.CHILDCARE)))).isFalse();
        assertThat(ProfessionalRules.met(school, List.of(contact(Sector.SCHOOL, other.id(), nine.id())))).isTrue();
        assertThat(ProfessionalRules.met(school, List.of(contact(Sector.SCHOOL)))).isTrue();
    }

    @Test
    void theGpOnlyWhenHealthIsAConcern() {
        assertThat(ProfessionalRules.needs(List.of(), List.of(entry("geestelijke-gezondheid", "  ", 3),
                entry("financien", "schulden", 1)), TODAY)).isEmpty();
        assertThat(ProfessionalRules.needs(List.of(), List.of(entry("middelengebruik", null, 2)), TODAY))
                .extracting(ProfessionalRules.Need::waiverKey).containsExactly(ProfessionalRules.GP_KEY);
        assertThat(ProfessionalRules.needs(List.of(), List.of(entry("lichamelijke-gezondheid", "rugklachten", null)), TODAY))
                .hasSize(1);
        assertThat(ProfessionalRules.needs(List.of(), List.of(entry("lichamelijke-gezondheid", null, 0)), TODAY)).isEmpty();
    }
}
