package nl.keukentafel.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.keukentafel.model.Bsn;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Residence;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void sameSeedSameFamiliesWhateverTheCount() {
        List<DemoFamily> five = new DemoData(7, TODAY, "Demo").families(5);
        assertThat(new DemoData(7, TODAY, "Demo").families(5)).isEqualTo(five);
        assertThat(new DemoData(7, TODAY, "Demo").families(50).subList(0, 5)).isEqualTo(five);
        assertThat(new DemoData(8, TODAY, "Demo").families(5)).isNotEqualTo(five);
    }

    @Test
    void mistakesAreTheFlaggedKindAndTheRestIsValid() {
        List<DemoFamily> families = new DemoData(1, TODAY, "Demo").families(100);
        List<String> bsns = families.stream().flatMap(family -> family.members().stream())
                .map(member -> member.fields().get(Member.Field.BSN)).toList();
        assertThat(bsns.stream().filter(bsn -> !Bsn.passesElevenCheck(bsn))).hasSize(20);
        assertThat(bsns.stream().filter(Bsn::passesElevenCheck)).allMatch(bsn -> bsn.startsWith("999"));
        assertThat(families.stream().flatMap(family -> family.members().stream())
                .map(member -> member.fields().get(Member.Field.BIRTH_DATE))
                .filter(date -> FieldCheck.birthDate(date, TODAY).isPresent())).hasSize(20);
        assertThat(families).filteredOn(DemoFamily::archived).hasSize(20);
        assertThat(families).anySatisfy(family -> assertThat(family.members())
                .anyMatch(member -> Residence.ELSEWHERE.name().equals(member.fields().get(Member.Field.RESIDENCE))));
        assertThat(families).allSatisfy(family -> assertThat(family.contacts()).hasSizeGreaterThanOrEqualTo(3));
    }
}
