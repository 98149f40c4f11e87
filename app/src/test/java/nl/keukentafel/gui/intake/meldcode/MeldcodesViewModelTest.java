package nl.keukentafel.gui.intake.meldcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.intake.common.IntakeContext;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeFixture;
import nl.keukentafel.logic.intake.VeiligThuisReport;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.MeldcodeDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Meldcode section's state with plain JUnit on a real vault: a decided report is offered, recorded once, linked. */
class MeldcodesViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private UUID dossier;
    private MeldcodesViewModel model;
    private final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void section() throws Exception {
        fixture = new IntakeFixture(directory);
        dossier = fixture.family("Fam. Meldcode");
        model = new MeldcodesViewModel(new IntakeContext(dossier, fixture.intake(), new CurrentThreadTaskExecutor(),
                new Localization(Localization.DUTCH), CLOCK, () -> {
                    changed.incrementAndGet();
                    model.show(fixture.read(dossier));
                }));
    }

    @AfterEach
    void lock() {
        fixture.close();
    }

    @Test
    void aNewConcernIsRaisedTodayAsTheAppWritesDates() {
        model.addConcern();

        assertThat(model.concernsProperty().get()).singleElement()
                .satisfies(concern -> assertThat(concern.raisedOn().text().text()).isEqualTo("04-03-2026"));
    }

    @Test
    void aDecidedReportIsOfferedThenRecordedAsOneLinkedSharing() {
        model.addConcern();
        MeldcodeViewModel concern = model.concernsProperty().get().get(0);
        assertThat(concern.reportToRecord().get()).isFalse();

        concern.decision().valueProperty().set(MeldcodeDecision.REPORT_TO_VEILIG_THUIS);
        concern.decidedOn().text().textProperty().set("04-03-2026");
        assertThat(concern.reportToRecord().get()).isTrue();

        model.recordReport(concern, "Melding");

        assertThat(concern.reportToRecord().get()).isFalse();
        assertThat(fixture.read(dossier).consents()).singleElement().satisfies(sharing -> {
            assertThat(sharing.id()).isEqualTo(concern.reportSharingIdProperty().get());
            assertThat(sharing.partnerName()).isEqualTo(VeiligThuisReport.VEILIG_THUIS);
            assertThat(sharing.validFrom()).isEqualTo("04-03-2026");
        });
        model.recordReport(concern, "Nog eens");
        assertThat(fixture.read(dossier).consents()).extracting(Consent::purpose).containsExactly("Melding");
        assertThat(model.errorProperty().get()).isNull();
    }
}
