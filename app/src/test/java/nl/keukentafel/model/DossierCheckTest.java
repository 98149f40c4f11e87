package nl.keukentafel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DossierCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final UUID DOSSIER = UUID.randomUUID();

    private static Family family(String regisseur, String postalCode, String nextVisit, String email, String phone) {
        return new Family(DOSSIER, "Familie Test", "Teststraat 1", postalCode, "Ypenhuizen", regisseur, "casusregisseur",
                "Wijkteam", phone, email, nextVisit, false);
    }

    private static Member member(String bsn, String birthDate, String email, String phone) {
        return new Member(UUID.randomUUID(), DOSSIER, "Kind", "Test", birthDate, Gender.UNKNOWN, HouseholdRole.CHILD,
                Residence.IN_HOUSEHOLD, bsn, phone, email);
    }

    private static Contact contact(String email, String phone) {
        return new Contact(UUID.randomUUID(), DOSSIER, "Juf", "School", "leerkracht", email, phone, "ma-wo", true, null,
                java.util.List.of());
    }

    @Test
    void aCompleteValidDossierHasNoOpenPoints() {
        Family family = family("R. Regisseur", "1234 AB", "1-12-2026", "r@example.nl", "06-12345678");
        assertThat(DossierCheck.openPoints(family, List.of(member("123456782", "1-2-2015", "", "")),
                List.of(contact("juf@example.nl", "010-1234567")), TODAY)).isZero();
    }

    @Test
    void aNewDossierMissesItsRegisseurAndItsMembers() {
        Family empty = new Family(DOSSIER, "Familie Test", null, null, null, null, null, null, null, null, null, false);
        assertThat(DossierCheck.openPoints(empty, List.of(), List.of(), TODAY)).isEqualTo(2);
    }

    @Test
    void everyFlaggedValueCountsOnce() {
        Family family = family("R. Regisseur", "0000 AB", "31-02-2027", "geen-mail", "bel me");
        Member member = member("123456789", "1-1-2030", "x@", "12");
        Contact contact = contact("juf@", "onbekend");
        assertThat(DossierCheck.openPoints(family, List.of(member), List.of(contact), TODAY)).isEqualTo(4 + 4 + 2);
    }

    @Test
    void blankFieldsAreNotFlagged() {
        Family family = family("R. Regisseur", "", "", "", "");
        assertThat(DossierCheck.openPoints(family, List.of(member("", "", "", "")), List.of(contact(null, null)), TODAY))
                .isZero();
    }
}
