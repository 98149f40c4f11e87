package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;
import org.junit.jupiter.api.Test;

/** Who agrees: both parents (one living elsewhere), children from 12 (the 11/12 boundary), professionals, the regisseur. */
class PartiesTest {
    @Test
    void parentsChildrenFromTwelveProfessionalsAndTheRegisseur() {
        List<Party> parties = Parties.expected(Bakker.state(List.of(), List.of(), null), Bakker.TODAY);

        assertThat(parties).extracting(Party::name, Party::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Anna Bakker", PartyRole.PARENT),
                org.assertj.core.groups.Tuple.tuple("Mark de Vries", PartyRole.PARENT),
                org.assertj.core.groups.Tuple.tuple("Daan de Vries", PartyRole.CHILD),
                org.assertj.core.groups.Tuple.tuple("Meester Jansen", PartyRole.PROFESSIONAL),
                org.assertj.core.groups.Tuple.tuple("Fatma Yilmaz", PartyRole.PROFESSIONAL),
                org.assertj.core.groups.Tuple.tuple("Dokter Smit", PartyRole.PROFESSIONAL),
                org.assertj.core.groups.Tuple.tuple("Joke de Regisseur", PartyRole.REGISSEUR));
        assertThat(parties).extracting(Party::vote).containsOnlyNulls();
    }

    @Test
    void aChildAgreesFromTheDaySheTurnsTwelve() {
        assertThat(Parties.expected(Bakker.state(List.of(), List.of(), null), Bakker.TODAY.plusDays(1)))
                .filteredOn(party -> party.role() == PartyRole.CHILD).extracting(Party::personId)
                .containsExactly(Bakker.DAAN.id(), Bakker.SANNE.id());
    }
}
