package nl.keukentafel.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeFixture;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.intake.Conversation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake screen's state with plain JUnit (work on the calling thread, a real vault): starting, dating, what is open. */
class IntakeViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private UUID dossier;
    private IntakeViewModel model;

    @BeforeEach
    void screen() throws Exception {
        fixture = new IntakeFixture(directory);
        dossier = fixture.family("Fam. Intake");
        fixture.member(dossier, "Mira", HouseholdRole.PARENT, "1-2-1985");
        model = new IntakeViewModel(fixture.intake(), fixture.session().checker(), dossier,
                new CurrentThreadTaskExecutor(), CLOCK, DomainLists::defaultList);
    }

    @AfterEach
    void lock() {
        model.stop();
        fixture.close();
    }

    @Test
    void beforeTheStartNothingIsOpenAndStartingOpensConversationOneDatedToday() {
        model.load();
        assertThat(model.started()).isFalse();

        model.start();

        assertThat(model.started()).isTrue();
        assertThat(model.stateProperty().get().conversations()).extracting(Conversation::number, Conversation::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "04-03-2026"));
        assertThat(model.stateProperty().get().intake()).map(intake -> intake.startedOn()).contains("04-03-2026");
        assertThat(model.openItems()).as("a fresh intake has its open items").isNotEmpty();
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void conversationsStopAtThree() {
        model.start();
        model.addConversation();
        model.addConversation();
        model.addConversation();

        assertThat(model.stateProperty().get().conversations()).extracting(Conversation::number).containsExactly(1, 2, 3);
    }

    @Test
    void aReadThatFailsIsSaid() {
        fixture.close();

        model.refresh();

        assertThat(model.errorProperty().get()).extracting(UiText::key).isEqualTo("intake.error.read");
    }
}
