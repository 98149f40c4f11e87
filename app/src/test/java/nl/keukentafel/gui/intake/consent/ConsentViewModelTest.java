package nl.keukentafel.gui.intake.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.intake.IntakeFixture;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One sharing as the consent screen edits it, with plain JUnit on a real vault: what it marks, what it stores. */
class ConsentViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private UUID dossier;
    private UUID child;
    private ConsentViewModel model;

    @BeforeEach
    void consent() throws Exception {
        fixture = new IntakeFixture(directory);
        dossier = fixture.family("Fam. Toestemming");
        child = fixture.member(dossier, "Noor", HouseholdRole.CHILD, "3-4-2016");
        fixture.intake().addConsent(dossier, ConsentBasis.CONSENT).join();
        Consent stored = fixture.read(dossier).consents().get(0);
        model = new ConsentViewModel(stored, fixture.intake(), TODAY);
        model.members(fixture.read(dossier).dossier().members().stream().collect(Collectors.toMap(Member::id, Function.identity())));
    }

    @AfterEach
    void lock() {
        fixture.close();
    }

    @Test
    void anEndBeforeTheStartIsMarkedOnTheEndAndClearedWhenTheStartMoves() {
        model.validFrom().text().textProperty().set("1-12-2026");
        model.validUntil().text().textProperty().set("30-11-2026");
        assertThat(model.validUntil().messageProperty().get()).extracting(UiText::key).isEqualTo("consentScreen.endBeforeStart");

        model.validFrom().text().textProperty().set("1-11-2026");
        assertThat(model.validUntil().messageProperty().get()).isNull();
    }

    @Test
    void aChildUnderTwelveCannotConsent() {
        model.givenBy().valueProperty().set(List.of(child));

        assertThat(model.giversMessageProperty().get()).extracting(UiText::key).isEqualTo("consentScreen.under12");
    }

    @Test
    void withdrawingDatesItTodayAsTheAppWritesDatesAndKeepsTheRecord() {
        model.withdraw();

        assertThat(model.withdrawnOnProperty().get()).isEqualTo(FieldCheck.write(TODAY)).isEqualTo("04-03-2026");
        assertThat(fixture.read(dossier).consents()).singleElement().extracting(Consent::withdrawnOn).isEqualTo("04-03-2026");
    }

    @Test
    void aGivenOnInTheFutureIsMarked() {
        model.givenOn().text().textProperty().set("5-3-2026");

        assertThat(model.givenOn().messageProperty().get()).extracting(UiText::key).isEqualTo("intakeForm.date.future");
    }
}
