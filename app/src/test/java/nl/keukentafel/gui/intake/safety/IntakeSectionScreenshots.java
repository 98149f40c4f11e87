package nl.keukentafel.gui.intake.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import nl.keukentafel.gui.intake.consent.ConsentSection;
import nl.keukentafel.gui.intake.meldcode.MeldcodeSection;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.SafetyAssessment;
import org.junit.jupiter.api.Test;

/**
 * Not a check: the safety, Meldcode and consent sections with fictional data, each written to a PNG for people to look
 * at. Runs only with {@code -Dkeukentafel.screenshots=DIR} (under Xvfb with the 'display' profile).
 */
class IntakeSectionScreenshots extends IntakeSectionTestBase {
    private UUID sanne;
    private UUID karim;
    private UUID fenna;
    private UUID ties;
    private UUID noor;

    @Test
    void photographTheSections() throws Exception {
        String target = System.getProperty("keukentafel.screenshots");
        assumeTrue(target != null && !target.isBlank(), "screenshots only on request");
        Path directory = Path.of(target);
        Files.createDirectories(directory);
        family("Familie Zonnebloem");
        sanne = member(HouseholdRole.PARENT, "Sanne", "Zonnebloem", "12-03-1985");
        karim = member(HouseholdRole.PARENT, "Karim", "Zonnebloem", "02-11-1983");
        fenna = member(HouseholdRole.CHILD, "Fenna", "Zonnebloem", "20-01-2024");
        ties = member(HouseholdRole.CHILD, "Ties", "Zonnebloem", "01-09-2017");
        noor = member(HouseholdRole.CHILD, "Noor", "Zonnebloem", "15-06-2011");
        RecordRef huisarts = contact("Dr. Kuipers", "Huisartsenpraktijk Kastanje", true);
        contact("Petra Visser", "Jeugdarts GGD", true);

        assessments();
        host(SafetySection::new);
        snap(directory, "25-intake-safety");
        meldcode();
        host(MeldcodeSection::new);
        snap(directory, "26-intake-meldcode");
        UUID concern = session.intake().read(dossierId).meldcodes().get(0).id();
        clickOn(reveal("recordReport-" + concern));
        waitForReport(concern);
        snap(directory, "27-intake-meldcode-report-recorded");
        consents(huisarts);
        host(ConsentSection::new);
        snap(directory, "28-intake-consent");
    }

    private void assessments() {
        RecordRef first = session.intake().addAssessment(dossierId, ties, "12-09-2026").join();
        patch(first, Map.of(SafetyAssessment.Field.INSTRUMENT, "LIRIK", SafetyAssessment.Field.SIGNALS,
                "Ties komt vaak zonder ontbijt op school; mentor zag blauwe plek op de arm.",
                SafetyAssessment.Field.RISK_FACTORS, "Schulden, spanning tussen de ouders, vader slaapt slecht.",
                SafetyAssessment.Field.PROTECTIVE_FACTORS, "Oma Riet komt elke woensdag; Ties praat open met de mentor.",
                SafetyAssessment.Field.CURRENT_SAFETY, "CONDITIONALLY_SAFE", SafetyAssessment.Field.FUTURE_RISK, "MODERATE",
                SafetyAssessment.Field.REASONING, "Afspraken over ontbijt en opvang bij ruzie; oma als vangnet.",
                SafetyAssessment.Field.CONSULTED_WHO, "Gedragsdeskundige M. de Boer", SafetyAssessment.Field.CONSULTED_ON, "14-09-2026",
                SafetyAssessment.Field.DISCUSSED_WITH_PARENTS_ON, "16-09-2026"));
        RecordRef later = session.intake().addAssessment(dossierId, ties, "24-11-2026").join();
        patch(later, Map.of(SafetyAssessment.Field.INSTRUMENT, "LIRIK", SafetyAssessment.Field.SIGNALS,
                "Geen nieuwe signalen; ontbijt gaat goed volgens school.", SafetyAssessment.Field.CURRENT_SAFETY, "SAFE"));
        RecordRef wrong = session.intake().addAssessment(dossierId, fenna, "03-05-2023").join();
        patch(wrong, Map.of(SafetyAssessment.Field.INSTRUMENT, "SIGNS_OF_SAFETY"));
    }

    private void meldcode() {
        RecordRef concern = session.intake().addMeldcode(dossierId, "10-11-2026").join();
        patch(concern, Map.ofEntries(Map.entry(Meldcode.Field.CONCERN, "Noor vertelt dat vader haar moeder heeft geslagen."),
                Map.entry(Meldcode.Field.MEMBER_IDS, List.of(sanne, noor)),
                Map.entry(Meldcode.Field.STEP1_SIGNALS, "Verhaal van Noor, blauwe plek bij moeder gezien op 9-11."),
                Map.entry(Meldcode.Field.STEP1_ON, "10-11-2026"),
                Map.entry(Meldcode.Field.STEP2_CONSULTED, "Met aandachtsfunctionaris en Veilig Thuis (advies)."),
                Map.entry(Meldcode.Field.STEP2_ON, "11-11-2026"),
                Map.entry(Meldcode.Field.WEIGH1_SUSPICION, "YES"), Map.entry(Meldcode.Field.WEIGH1_NOTE, "Verhaal en letsel"),
                Map.entry(Meldcode.Field.WEIGH2_ACUTE_OR_STRUCTURAL, "YES"),
                Map.entry(Meldcode.Field.WEIGH2_NOTE, "Herhaald geweld, moeder durft niet naar huis"),
                Map.entry(Meldcode.Field.WEIGH3_CAN_HELP, "UNKNOWN"),
                Map.entry(Meldcode.Field.DECISION, "REPORT_AND_HELP"), Map.entry(Meldcode.Field.DECIDED_ON, "12-11-2026"),
                Map.entry(Meldcode.Field.JUSTIFICATION, "Structurele onveiligheid; melden is verplicht volgens het afwegingskader.")));
    }

    private void consents(RecordRef huisarts) {
        RecordRef given = session.intake().addConsent(dossierId, ConsentBasis.CONSENT).join();
        patch(given, Map.of(Consent.Field.GIVEN_BY, List.of(noor), Consent.Field.PARTNER_CONTACT_ID, huisarts.id(),
                Consent.Field.PARTNER_NAME, "Dr. Kuipers (Huisartsenpraktijk Kastanje)", Consent.Field.DATA, "Medische voorgeschiedenis",
                Consent.Field.PURPOSE, "Afstemmen van de zorg", Consent.Field.VALID_FROM, "01-12-2026", Consent.Field.VALID_UNTIL,
                "01-06-2026", Consent.Field.GIVEN_ON, "01-12-2026", Consent.Field.EXPLAINED_HOW, "Mondeling, met de folder"));
        RecordRef withdrawn = session.intake().addConsent(dossierId, ConsentBasis.CONSENT).join();
        patch(withdrawn, Map.of(Consent.Field.GIVEN_BY, List.of(sanne, karim), Consent.Field.PARTNER_NAME, "Basisschool De Wilg",
                Consent.Field.DATA, "Gezinsplan", Consent.Field.WITHDRAWN_ON, "20-11-2026"));
        RecordRef report = session.intake().addConsent(dossierId, ConsentBasis.WITHOUT_CONSENT).join();
        patch(report, Map.of(Consent.Field.PARTNER_NAME, "Veilig Thuis", Consent.Field.PURPOSE, "Melding bij Veilig Thuis (Meldcode)",
                Consent.Field.JUSTIFICATION, "Structurele onveiligheid; melden is verplicht volgens het afwegingskader.",
                Consent.Field.VALID_FROM, "12-11-2026"));
        interact(() -> { });
    }

    /** The picture must show the recorded report, so it waits for the sharing the click creates. */
    private void waitForReport(UUID concern) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () ->
                session.intake().read(dossierId).meldcodes().stream().filter(meldcode -> meldcode.id().equals(concern))
                        .anyMatch(meldcode -> meldcode.reportSharingId() != null));
        assertThat(session.intake().read(dossierId).consents()).as("the report is a sharing without consent")
                .anyMatch(consent -> consent.basis() == ConsentBasis.WITHOUT_CONSENT && concern.equals(consent.meldcodeId()));
    }

    private void patch(RecordRef ref, Map<String, ?> fields) {
        session.vault().records().patch(ref, fields).join();
    }

    /** The whole section, also the part below the window's edge. */
    private void snap(Path directory, String name) throws IOException {
        expandAll();
        WritableImage shot = shot(section.root());
        assertShowsSomething(shot, name);
        Path file = directory.resolve(name + ".png");
        writePng(shot, file);
        assertThat(ImageIO.read(file.toFile()).getWidth()).as(name + " was written").isEqualTo((int) shot.getWidth());
    }

    private void expandAll() {
        interact(() -> section.root().lookupAll(".titled-pane").forEach(node -> ((javafx.scene.control.TitledPane) node)
                .setExpanded(true)));
        interact(() -> { });
        Node root = section.root();
        interact(root::applyCss);
    }
}
