package nl.keukentafel.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.plan.PlanDiff;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;
import nl.keukentafel.model.plan.Vote;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Werkplan tab's view models on a real encrypted vault, work on the calling thread (the FX thread only because
 * the typing pause is a JavaFX timer): start, goals in order, agreeing with the expected parties, read-only versions.
 */
class PlanViewModelTest {
    @TempDir
    Path directory;
    private SessionManager sessions;
    private Session session;
    private PlanFamily family;
    private PlanViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void plan() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemDefaultZone(), KdfParams.FAST_FOR_TESTS);
        session = sessions.create("appel peer banaan kiwi".toCharArray(), "appel peer banaan kiwi".toCharArray(), "Test Consulent");
        family = new PlanFamily(session, LocalDate.now());
        model = onFx(() -> new PlanViewModel(session.plan(), session.intake(), family.dossier, new CurrentThreadTaskExecutor(),
                Clock.systemDefaultZone(), 6));
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static void onFx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get();
    }

    @Test
    void startingGivesTheAnalysisTheKeyboardAndNewGoalsComeLastAndMove() throws Exception {
        onFx(model::load);
        assertThat(model.started()).isFalse();
        onFx(model::start);
        assertThat(model.started()).isTrue();
        assertThat(model.focusRequestProperty().get().kind()).isEqualTo(RecordKind.PLAN);

        onFx(model::addGoal);
        onFx(model::addGoal);
        onFx(model::addGoal);
        List<Goal> goals = model.readingProperty().get().plan().goals();
        assertThat(goals).hasSize(3);
        assertThat(model.focusRequestProperty().get().id()).as("the new goal's text gets the keyboard").isEqualTo(goals.get(2).id());

        onFx(() -> model.moveGoal(goals.get(2).id(), -1));
        assertThat(model.readingProperty().get().plan().goals()).extracting(Goal::id)
                .containsExactly(goals.get(0).id(), goals.get(2).id(), goals.get(1).id());
    }

    @Test
    void agreeingFreezesAVersionWithTheExpectedPartiesAndTheComparisonMarksOneEditedGoal() throws Exception {
        onFx(model::start);
        onFx(model::addGoal);
        onFx(model::addGoal);
        List<Goal> goals = model.readingProperty().get().plan().goals();
        onFx(() -> model.edit(new RecordRef(RecordKind.PLAN_GOAL, goals.get(0).id(), family.dossier), Goal.Field.TEXT, "Eerste"));
        onFx(() -> model.edit(new RecordRef(RecordKind.PLAN_GOAL, goals.get(1).id(), family.dossier), Goal.Field.TEXT, "Tweede"));
        onFx(model::refresh);

        AgreeViewModel agree = onFx(() -> new AgreeViewModel(model));
        onFx(agree::open);
        assertThat(agree.lines()).extracting(line -> line.party().personId())
                .as("both parents, the 14-year-old, the regisseur; not the children of 9 and 11")
                .containsExactly(family.mother, family.father, family.fourteen, null);
        assertThat(agree.warnings()).as("goals without actions or dates are warned about").isNotEmpty();
        onFx(() -> {
            agree.lines().get(0).voteProperty().set(Vote.AGREED);
            agree.lines().get(1).voteProperty().set(Vote.ABSENT);
            agree.lines().get(2).voteProperty().set(Vote.AGREED);
            agree.lines().get(3).voteProperty().set(Vote.ABSENT);
        });
        onFx(() -> agree.dateProperty().set(nl.keukentafel.model.FieldCheck.write(LocalDate.now().plusDays(3))));
        onFx(() -> agree.agree(() -> { }));
        assertThat(agree.refusalProperty().get()).as("a date days ahead is refused, nothing written").isNotNull();
        assertThat(session.plan().read(family.dossier).versions()).isEmpty();
        onFx(() -> agree.dateProperty().set(nl.keukentafel.model.FieldCheck.write(LocalDate.now())));
        boolean[] done = new boolean[1];
        onFx(() -> agree.agree(() -> done[0] = true));
        assertThat(done[0]).isTrue();
        assertThat(model.versions()).hasSize(1);
        assertThat(model.versions().get(0).parties()).filteredOn(party -> party.vote() == Vote.AGREED).extracting(Party::role)
                .containsExactly(PartyRole.PARENT, PartyRole.CHILD);

        UUID version = model.versions().get(0).id();
        RecordRef second = new RecordRef(RecordKind.PLAN_GOAL, goals.get(1).id(), family.dossier);
        onFx(() -> model.edit(second, Goal.Field.TEXT, "Tweede, nu anders"));
        onFx(model::refresh);
        PlanDiff diff = onFx(() -> model.compare(version, null));
        assertThat(diff.goals()).extracting(PlanDiff.GoalDiff::change)
                .containsExactly(PlanDiff.Change.UNCHANGED, PlanDiff.Change.CHANGED);
        assertThat(model.snapshotOf(version).goals()).extracting(Goal::text).containsExactly("Eerste", "Tweede");

        onFx(() -> model.shownVersionProperty().set(version));
        assertThat(model.editable()).as("an agreed version is read-only").isFalse();
        onFx(() -> model.edit(new RecordRef(RecordKind.PLAN_GOAL, goals.get(0).id(), family.dossier), Goal.Field.TEXT, "nee"));
        onFx(() -> model.shownVersionProperty().set(null));
        onFx(model::refresh);
        assertThat(model.readingProperty().get().plan().goals().get(0).text()).isEqualTo("Eerste");
    }
}
