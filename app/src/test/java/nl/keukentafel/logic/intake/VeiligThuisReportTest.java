package nl.keukentafel.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.MeldcodeDecision;
import nl.keukentafel.store.StoreException;
import nl.keukentafel.store.TestVaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reporting to Veilig Thuis on a real vault: the sharing without consent and the Meldcode's link to it are written
 * together or not at all (a database that is full halfway leaves neither), and a Meldcode is reported once.
 */
class VeiligThuisReportTest {
    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private UUID dossier;
    private RecordRef meldcode;

    @BeforeEach
    void concern() throws Exception {
        fixture = new IntakeFixture(directory);
        dossier = fixture.family("Fam. Melding");
        meldcode = fixture.intake().addMeldcode(dossier, "01-03-2026").join();
    }

    @AfterEach
    void lock() {
        fixture.close();
    }

    @Test
    void theReportIsASharingWithoutConsentLinkedBothWays() {
        RecordRef sharing = fixture.intake().recordReport(meldcode, "Melding", "Acute onveiligheid", "02-03-2026").join();

        IntakeState state = fixture.read(dossier);
        assertThat(state.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.id()).isEqualTo(sharing.id());
            assertThat(consent.basis()).isEqualTo(ConsentBasis.WITHOUT_CONSENT);
            assertThat(consent.partnerName()).isEqualTo(VeiligThuisReport.VEILIG_THUIS);
            assertThat(consent.purpose()).isEqualTo("Melding");
            assertThat(consent.justification()).isEqualTo("Acute onveiligheid");
            assertThat(consent.validFrom()).isEqualTo("02-03-2026");
            assertThat(consent.meldcodeId()).isEqualTo(meldcode.id());
        });
        assertThat(state.meldcodes()).singleElement().extracting(Meldcode::reportSharingId).isEqualTo(sharing.id());
    }

    @Test
    void aFailingWriteLeavesNeitherTheSharingNorTheLink() {
        TestVaults.limitPages(fixture.session().vault(), true);
        try {
            assertThatThrownBy(() -> fixture.intake().recordReport(meldcode, "x".repeat(50_000), "Acute onveiligheid",
                    "02-03-2026").join()).cause().isInstanceOfSatisfying(StoreException.class,
                            failure -> assertThat(failure.diskFull()).isTrue());
        } finally {
            TestVaults.limitPages(fixture.session().vault(), false);
        }

        IntakeState state = fixture.read(dossier);
        assertThat(state.consents()).as("no half report: no sharing").isEmpty();
        assertThat(state.meldcodes()).singleElement().extracting(Meldcode::reportSharingId).as("and no link").isNull();

        fixture.intake().recordReport(meldcode, "Melding", "Acute onveiligheid", "02-03-2026").join();
        assertThat(fixture.read(dossier).consents()).as("with room again it goes in whole").hasSize(1);
    }

    @Test
    void aMeldcodeIsReportedOnce() {
        RecordRef first = fixture.intake().recordReport(meldcode, "Melding", "", "02-03-2026").join();
        RecordRef again = fixture.intake().recordReport(meldcode, "Nog eens", "", "03-03-2026").join();

        assertThat(again).isEqualTo(first);
        assertThat(fixture.read(dossier).consents()).extracting(Consent::purpose).containsExactly("Melding");
    }

    @Test
    void onlyTheTwoReportingDecisionsReport() {
        assertThat(VeiligThuisReport.isReport(MeldcodeDecision.REPORT_TO_VEILIG_THUIS)).isTrue();
        assertThat(VeiligThuisReport.isReport(MeldcodeDecision.REPORT_AND_HELP)).isTrue();
        assertThat(VeiligThuisReport.isReport(MeldcodeDecision.OFFER_OR_ORGANISE_HELP)).isFalse();
        assertThat(VeiligThuisReport.isReport(MeldcodeDecision.NO_FURTHER_ACTION)).isFalse();
        assertThat(VeiligThuisReport.isReport(null)).isFalse();
    }
}
