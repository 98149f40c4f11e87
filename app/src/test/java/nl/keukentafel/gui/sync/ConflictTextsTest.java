package nl.keukentafel.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.logic.sync.RejectedItem;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.Test;

class ConflictTextsTest {
    private static final UUID DOSSIER = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    private final Localization dutch = new Localization(Localization.DUTCH);
    private final ConflictTexts texts = new ConflictTexts(dutch, ZoneId.of("Europe/Amsterdam"));

    @Test
    void fieldsReadAsTheDossierLabelsThem() {
        assertThat(texts.fieldLabel("birthDate")).isEqualTo("Geboortedatum");
        assertThat(texts.fieldLabel("householdName")).isEqualTo("Naam huishouden");
        assertThat(texts.fieldLabel("intakeNote")).as("a field of a later feature shows its name").isEqualTo("intakeNote");
        assertThat(texts.fieldLabel(null)).startsWith("Hele gegeven");
    }

    @Test
    void valuesReadInWordsWithoutChangingWhatWasTyped() {
        assertThat(texts.value("street", "Kastanjelaan 12", false)).isEqualTo("Kastanjelaan 12");
        assertThat(texts.value("street", "  ", false)).isEqualTo("(leeg)");
        assertThat(texts.value("street", null, false)).isEqualTo("(leeg)");
        assertThat(texts.value("street", "Kastanjelaan 12", true)).isEqualTo("(verwijderd)");
        assertThat(texts.value("professional", true, false)).isEqualTo("Ja");
        assertThat(texts.value("archived", false, false)).isEqualTo("Nee");
        assertThat(texts.value("gender", "FEMALE", false)).isEqualTo("Vrouw");
        assertThat(texts.value("gender", "SOMETHING_NEW", false)).isEqualTo("SOMETHING_NEW");
        assertThat(texts.value("count", 3, false)).isEqualTo("3");
        assertThat(texts.value(null, java.util.Map.of("name", "Oma Riet"), false)).isEqualTo("(gewijzigd)");
    }

    @Test
    void intakeAndGenogramChoicesReadAsTheirLabels() {
        assertThat(texts.fieldLabel("notes")).isEqualTo("Notities");
        assertThat(texts.value("status", "NOT_DISCUSSED", false)).isEqualTo("Niet besproken");
        assertThat(texts.value("futureRisk", "HIGH", false)).isEqualTo("Hoog");
        assertThat(texts.value("weigh3CanHelp", "NO", false)).isEqualTo("Nee");
        assertThat(texts.value("sector", "YOUTH_HEALTH", false)).isEqualTo("Jeugdgezondheidszorg (JGZ)");
        assertThat(texts.value("linkKind", "FOSTER", false)).isEqualTo("Pleeg");
        assertThat(texts.value("notes", "HIGH", false)).as("free text stays as typed").isEqualTo("HIGH");
    }

    @Test
    void eachSideSaysWhoAndWhen() {
        ConflictItem item = new ConflictItem(UUID.randomUUID(), new RecordRef(RecordKind.MEMBER, UUID.randomUUID(), DOSSIER),
                "Familie Zonnebloem", "givenName", "Noor", false, "Petra Visser", Instant.parse("2026-03-02T13:32:00Z"),
                "Noortje", false, "Anouk Consulent", Instant.parse("2026-03-02T09:10:00Z"), false);
        assertThat(texts.who(item.serverAuthor(), item.serverAt())).isEqualTo("Petra Visser, 2-3-2026 14:32");
        assertThat(texts.who(null, null)).isEqualTo("onbekend");
        assertThat(texts.clientHeading(item)).isEqualTo("Van Anouk Consulent");
        assertThat(texts.serverHeading()).isEqualTo("Op de server");
        assertThat(texts.recordLabel(item)).isEqualTo("Gezinslid");
        ConflictItem mine = new ConflictItem(item.conflictId(), item.ref(), "", null, null, true, "Petra Visser", null,
                null, false, "Anouk Consulent", null, true);
        assertThat(texts.clientHeading(mine)).isEqualTo("Op deze laptop");
        assertThat(texts.household(mine)).isEqualTo(dutch.get("dossier.untitled"));
        assertThat(texts.serverValue(mine)).isEqualTo("(verwijderd)");
    }

    @Test
    void rejectedChangesSayWhyInDutchAndWhatWasSent() {
        assertThat(RejectedViewModel.reason("left-caseload").in(dutch))
                .isEqualTo("Dit gezin staat niet meer in uw caseload; uw wijziging is op de server bewaard bij de beheerder.");
        assertThat(RejectedViewModel.reason("malformed").in(dutch)).contains("bewaard");
        assertThat(RejectedViewModel.reason("something-new").in(dutch)).contains("(something-new)").contains("bewaard");
        assertThat(RejectedViewModel.reason("frozen").in(dutch)).contains("vastgesteld werkplan").doesNotContain("(frozen)");
        assertThat(RejectedViewModel.reason("unstorable-text").in(dutch)).contains("teken").doesNotContain("(unstorable");
        assertThat(RejectedViewModel.operation("patch").in(dutch)).isEqualTo("Gewijzigd");
        assertThat(RejectedViewModel.operation("delete").in(dutch)).isEqualTo("Verwijderd");
        assertThat(new RejectedItem(7, new RecordRef(RecordKind.FAMILY, DOSSIER, DOSSIER), "create", "malformed", null).clientSeq())
                .isEqualTo(7);
    }

    @Test
    void conflictsOfOneHouseholdStandTogether() {
        UUID other = UUID.fromString("0190a000-0000-7000-8000-000000000002");
        ConflictItem zonnebloemName = conflict(DOSSIER, "Familie Zonnebloem", "givenName");
        ConflictItem bakker = conflict(other, "Familie Bakker", "street");
        ConflictItem zonnebloemWhole = conflict(DOSSIER, "Familie Zonnebloem", null);
        assertThat(ConflictsViewModel.sorted(java.util.List.of(zonnebloemName, bakker, zonnebloemWhole)))
                .extracting(ConflictItem::householdName).containsExactly("Familie Bakker", "Familie Zonnebloem", "Familie Zonnebloem");
    }

    private static ConflictItem conflict(UUID dossier, String household, String field) {
        return new ConflictItem(UUID.randomUUID(), new RecordRef(RecordKind.FAMILY, dossier, dossier), household, field, "a", false,
                "A", null, "b", false, "B", null, true);
    }
}
