package nl.keukentafel.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeFixture;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.Sector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching one dossier's text on a real vault: folding, order, snippets, only this dossier, only text. */
class DossierSearchTest {
    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private DossierSearch search;
    private UUID dossier;
    private UUID child;

    @BeforeEach
    void typed() throws Exception {
        fixture = new IntakeFixture(directory);
        search = fixture.session().dossierSearch();
        dossier = fixture.family("Familie Brouwersgracht");
        fixture.member(dossier, "Zoë", HouseholdRole.PARENT, "1-1-1990");
        child = fixture.member(dossier, "Jasper", HouseholdRole.CHILD, "1-1-2018");
        fixture.contact(dossier, "Logopedie Brouwer", Sector.CARE, true);
        fixture.intake().start(dossier, DomainLists.defaultList(), "1-12-2026").join();
        fixture.patch(IntakeService.domainRef(dossier, "huisvesting"), Map.of(DomainEntry.Field.CONCERNS,
                "Schimmel in de slaapkamer van Jasper; de verhuurder (Brouwer Vastgoed) reageert niet op brieven.",
                DomainEntry.Field.STATUS, "DISCUSSED"));
        fixture.patch(IntakeService.domainRef(dossier, "financien"), Map.of(DomainEntry.Field.NOTES, "Schuld bij BRÖUWER"));
        fixture.patch(new RecordRef(RecordKind.INTAKE, IntakeService.intakeId(dossier), dossier),
                Map.of(Intake.Field.NOTES, "Zoë wil eerst over de schimmel praten."));
        RecordRef assessment = fixture.intake().addAssessment(dossier, child, "1-12-2026").join();
        fixture.patch(assessment, Map.of(SafetyAssessment.Field.PROTECTIVE_FACTORS, "Oma Brouwer woont om de hoek"));
        fixture.intake().addConsent(dossier, ConsentBasis.CONSENT).join();
        UUID other = fixture.family("Familie Elders");
        fixture.member(other, "Brouwer", HouseholdRole.PARENT, null);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void findsTextInEveryKindIntakeFirstIgnoringCaseAndAccents() {
        List<DossierSearch.Hit> hits = search.search(dossier, "brouwer");
        assertThat(hits).extracting(hit -> hit.ref().kind() + "." + hit.field()).containsExactly(
                "DOMAIN_ENTRY.notes", "DOMAIN_ENTRY.concerns", "SAFETY_ASSESSMENT.protectiveFactors",
                "FAMILY.householdName", "CONTACT.name");
        assertThat(hits.get(0).ref()).isEqualTo(IntakeService.domainRef(dossier, "financien"));
        assertThat(hits).allMatch(hit -> hit.ref().dossierId().equals(dossier));
        DossierSearch.Hit schuld = hits.get(0);
        assertThat(schuld.snippet().substring(schuld.matchStart(), schuld.matchStart() + schuld.matchLength())).isEqualTo("BRÖUWER");
    }

    @Test
    void snippetsAreShortAndCentredOnTheMatch() {
        DossierSearch.Hit hit = search.search(dossier, "VERHUURDER").get(0);
        assertThat(hit.field()).isEqualTo(DomainEntry.Field.CONCERNS);
        assertThat(hit.snippet()).startsWith("…").endsWith("…").contains("verhuurder (Brouwer");
        assertThat(hit.snippet().length()).isLessThan(80);
        assertThat(hit.snippet().substring(hit.matchStart(), hit.matchStart() + hit.matchLength())).isEqualTo("verhuurder");
        assertThat(search.search(dossier, "zoe")).extracting(DossierSearch.Hit::field).containsExactly(Intake.Field.NOTES, "givenName");
    }

    @Test
    void choicesIdsAndBlankQueriesFindNothing() {
        assertThat(search.search(dossier, "DISCUSSED")).isEmpty();
        assertThat(search.search(dossier, "CONSENT")).isEmpty();
        assertThat(search.search(dossier, child.toString().substring(0, 8))).isEmpty();
        assertThat(search.search(dossier, "   ")).isEmpty();
    }

    @Test
    void pendingEditsAreFoundAndDeletedRecordsAreNot() {
        fixture.intake().edit(IntakeService.domainRef(dossier, "justitie"), DomainEntry.Field.NOTES, "taakstraf afgerond");
        assertThat(search.search(dossier, "taakstraf")).singleElement()
                .satisfies(hit -> assertThat(hit.ref()).isEqualTo(IntakeService.domainRef(dossier, "justitie")));
        fixture.intake().delete(IntakeService.domainRef(dossier, "justitie")).join();
        assertThat(search.search(dossier, "taakstraf")).isEmpty();
    }
}
