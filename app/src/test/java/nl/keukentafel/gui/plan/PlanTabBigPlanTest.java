package nl.keukentafel.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.keukentafel.gui.MainWindow;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;
import nl.keukentafel.model.plan.Vote;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Opening the Werkplan tab of a big plan (30 goals of 5 actions, 4 agreed versions, 10 evaluations) at 1024×700, three
 * times: the screen builds, styles, lays out and releases its subscriptions without error, and holds the whole plan.
 * The times of each part are printed for a reader, never asserted (a timed unit test only measures the shared build
 * machine's load); the werkplan's speed is measured as a ratio by {@code exec:java@planbench}.
 */
class PlanTabBigPlanTest extends FxRobot {

    @TempDir
    Path directory;
    private SessionManager sessions;

    @AfterEach
    void lock() throws Exception {
        FxToolkit.cleanupStages();
        sessions.lock();
    }

    @Test
    void aPlanOfThirtyGoalsOpensQuickly() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemDefaultZone(), KdfParams.FAST_FOR_TESTS);
        Session session = sessions.create("appel peer banaan kiwi".toCharArray(), "appel peer banaan kiwi".toCharArray(), "Test");
        PlanFamily family = new PlanFamily(session, LocalDate.now());
        bigPlan(session, family);
        Stage stage = FxToolkit.registerPrimaryStage();
        PlanViewModel model = new PlanViewModel(session.plan(), session.intake(), family.dossier, new CurrentThreadTaskExecutor(),
                Clock.systemDefaultZone(), 6);
        Localization dutch = new Localization(Localization.DUTCH);
        long[] millis = new long[5];
        PlanView[] views = new PlanView[1];
        for (int round = 0; round < 3; round++) {
            FxToolkit.setupStage(window -> {
                MainWindow.applyTheme();
                PlanView view = new PlanView(new PlanViewModel(session.plan(), session.intake(), family.dossier,
                        new CurrentThreadTaskExecutor(), Clock.systemDefaultZone(), 6), dutch, owner -> { });
                window.setScene(new Scene(view.root(), 1024, 700));
                window.show();
                long start = System.nanoTime();
                view.activate();
                long built = System.nanoTime();
                view.root().applyCss();
                long styled = System.nanoTime();
                view.root().layout();
                millis[0] = (System.nanoTime() - start) / 1_000_000;
                millis[3] = (built - start) / 1_000_000;
                millis[4] = (styled - built) / 1_000_000;
                long read = System.nanoTime();
                model.refresh();
                millis[1] = (System.nanoTime() - read) / 1_000_000;
                millis[2] = millis[0] - millis[1];
                views[0] = view;
            });
            long rest = System.nanoTime();
            org.testfx.util.WaitForAsyncUtils.sleep(60, java.util.concurrent.TimeUnit.MILLISECONDS);
            interact(() -> {
                views[0].root().applyCss();
                views[0].root().layout();
            });
            long complete = (System.nanoTime() - rest) / 1_000_000 - 60;
            interact(() -> views[0].deactivate());
            System.out.printf("Werkplan tab, round %d: ready in %d ms (read ~%d, read+build %d, css %d, layout %d ms)%n",
                    round + 1, millis[0], millis[1], millis[3], millis[4], millis[0] - millis[3] - millis[4]);
            System.out.printf("  the parts below the fold joined after the first frame: %d ms more%n", complete);
        }
        assertThat(model.readingProperty().get().plan().goals()).hasSize(30);
        assertThat(model.readingProperty().get().plan().versions()).hasSize(4);
        assertThat(stage.getScene()).isNotNull();
    }

    private static void bigPlan(Session session, PlanFamily family) {
        PlanService plan = session.plan();
        UUID dossier = family.dossier;
        plan.start(dossier).join();
        List<UUID> goals = new ArrayList<>();
        for (int goal = 1; goal <= 30; goal++) {
            RecordRef ref = plan.addGoal(dossier, "Doel " + goal + ": het gezin heeft weer overzicht").join();
            goals.add(ref.id());
            for (int action = 1; action <= 5; action++) {
                RecordRef added = plan.addAction(dossier, ref.id()).join();
                session.vault().records().patch(added, Map.of(Action.Field.WHAT, "Actie " + action + " bij doel " + goal,
                        Action.Field.OWNER_KIND, "MEMBER", Action.Field.OWNER_ID, family.mother,
                        Action.Field.DUE_DATE, FieldCheck.write(LocalDate.now().plusDays(goal + action)))).join();
            }
        }
        List<Party> parties = List.of(new Party(family.mother, "Fatima Jansen", PartyRole.PARENT, Vote.AGREED, ""));
        for (int version = 0; version < 4; version++) {
            plan.agree(dossier, FieldCheck.write(LocalDate.now().minusWeeks(8 - version * 2L)), parties, 6).join();
        }
        for (int evaluation = 0; evaluation < 10; evaluation++) {
            session.vault().records().create(RecordKind.EVALUATION, dossier,
                    Map.of(Evaluation.Field.HELD_ON, FieldCheck.write(LocalDate.now().minusWeeks(10 - evaluation)),
                            Evaluation.Field.NOTES, "Evaluatie " + (evaluation + 1))).join();
        }
    }
}
