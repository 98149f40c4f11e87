package nl.keukentafel.gui.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.common.DossierChanges;
import nl.keukentafel.gui.drawing.DrawingExports;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.logic.intake.IntakeFixture;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.genogram.GenoPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The genogram screen's state with plain JUnit (work on the calling thread, a real vault): what it selects and says
 * after each action, and that the rules' refusals reach the screen as messages.
 */
class GenogramViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private GenogramViewModel model;
    private UUID mother;
    private UUID dossier;

    @BeforeEach
    void screen() throws Exception {
        fixture = new IntakeFixture(directory);
        dossier = fixture.family("Fam. Genogram");
        mother = fixture.member(dossier, "Mira", HouseholdRole.PARENT, "1-2-1985");
        fixture.member(dossier, "Noor", HouseholdRole.CHILD, "3-4-2015");
        DrawingExports noExports = (figure, legend, format, file) -> {
            throw new AssertionError("not exported in these tests");
        };
        model = new GenogramViewModel(new GenogramEdits(fixture.session().genogram()),
                new StandardGenogramPictures(new Localization(Localization.DUTCH)), noExports, DossierChanges.NONE, dossier,
                new CurrentThreadTaskExecutor(), CLOCK);
    }

    @AfterEach
    void lock() {
        fixture.close();
    }

    @Test
    void aSyncRoundRedrawsOnlyWhenTheGenogramChangedAndTheSubscriptionIsReleased() {
        Runnable[] afterRound = {null};
        model = new GenogramViewModel(new GenogramEdits(fixture.session().genogram()),
                new StandardGenogramPictures(new Localization(Localization.DUTCH)), (figure, legend, format, file) -> { },
                changed -> {
                    afterRound[0] = changed;
                    return () -> afterRound[0] = null;
                }, dossier, new CurrentThreadTaskExecutor(), CLOCK);
        model.load();
        javafx.util.Subscription following = model.followChanges();
        GenogramPicture shown = model.pictureProperty().get();
        int reloads = model.reloadsProperty().get();

        afterRound[0].run();
        assertThat(model.pictureProperty().get()).as("nothing new: nothing redrawn").isSameAs(shown);
        assertThat(model.reloadsProperty().get()).isEqualTo(reloads);

        // what the sync applier writes for another laptop's new relative: an ordinary record of the dossier
        fixture.session().genogram().addPerson(dossier, Map.of(GenoPerson.Field.GIVEN_NAME, "Riet")).join();
        afterRound[0].run();
        assertThat(model.stateProperty().get().persons()).extracting(GenoPerson::givenName).contains("Riet");
        assertThat(model.pictureProperty().get()).isNotSameAs(shown);
        assertThat(model.reloadsProperty().get()).as("the side panel shows the stored values").isEqualTo(reloads + 1);

        following.unsubscribe();
        assertThat(afterRound[0]).as("released when the screen is left").isNull();
    }

    @Test
    void aNewGenogramSelectsTheFirstMemberAndSaysTheFamilyIsNotConnected() {
        model.load();

        assertThat(model.selectedProperty().get()).isEqualTo(mother);
        assertThat(model.messageProperty().get()).extracting(UiText::key).isEqualTo("genogram.unconnected");
        assertThat(model.canUndoProperty().get()).isFalse();

        model.connectHousehold();
        assertThat(model.stateProperty().get().parentLinks()).hasSize(1);
        assertThat(model.messageProperty().get()).isNull();
        assertThat(model.canUndoProperty().get()).isTrue();
    }

    @Test
    void aRefusalOfTheRulesIsShownAndNothingIsAskedFor() {
        model.load();

        model.setGender(Gender.MALE);

        assertThat(model.messageProperty().get()).extracting(UiText::key).isEqualTo("genogram.refused.memberGender");
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void anAddedRelativeIsSelectedAndItsNameAskedFor() {
        model.load();
        model.addParents();

        UUID grandparent = model.selectedProperty().get();
        assertThat(grandparent).isNotEqualTo(mother);
        assertThat(model.stateProperty().get().parentLinksOf(mother)).hasSize(2);
        assertThat(model.nameRequestsProperty().get()).isEqualTo(1);

        model.addParents();
        assertThat(model.messageProperty().get()).isNull();
        model.selectedProperty().set(mother);
        model.addParents();
        assertThat(model.messageProperty().get()).extracting(UiText::key).isEqualTo("genogram.refused.hasParents");
        assertThat(model.nameRequestsProperty().get()).as("no name asked after a refusal").isEqualTo(2);
    }

    @Test
    void withNothingSelectedAnActionAsksToSelectFirst() {
        model.addPartner();

        assertThat(model.messageProperty().get()).extracting(UiText::key).isEqualTo("genogram.selectFirst");
    }
}
