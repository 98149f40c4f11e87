package nl.keukentafel.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.keukentafel.gui.MainWindow;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a real (temporary, cheap-KDF) vault, in Dutch, work on the calling thread, with the Jansen
 * family ({@link PlanFamily}) and its intake; the test opens the dossier's Werkplan tab with the keyboard.
 */
abstract class PlanGuiTestBase extends FxRobot {
    static final String PASSPHRASE = "appel peer banaan kiwi";
    @TempDir
    Path directory;
    SessionManager sessions;
    Stage stage;
    PlanFamily family;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void showWindow() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemDefaultZone(), KdfParams.FAST_FOR_TESTS);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> {
            MainWindow.applyTheme();
            AppContext context = new AppContext(sessions, new CurrentThreadTaskExecutor(), Clock.systemDefaultZone(),
                    directory.resolve("preferences.properties"), Localization.DUTCH);
            window.setScene(new Scene(new MainWindow(context).root(), width(), height()));
            window.show();
        });
        clickOn("#consultantName").write("Test Consulent").type(KeyCode.TAB).write(PASSPHRASE).type(KeyCode.TAB)
                .write(PASSPHRASE).type(KeyCode.ENTER);
        assertThat(lookup("#caseloadSearch").tryQuery()).as("caseload shown").isPresent();
        family = new PlanFamily(session(), today);
    }

    /** The window's size; the screenshots use the smallest supported, 1024×700. */
    double width() {
        return 1280;
    }

    double height() {
        return 900;
    }

    @AfterEach
    void lockVault() throws Exception {
        FxToolkit.cleanupStages();
        if (sessions != null) {
            sessions.lock();
        }
    }

    Session session() {
        return sessions.current().orElseThrow();
    }

    PlanState stored() {
        return session().plan().read(family.dossier);
    }

    /** From the caseload: search, Enter opens the dossier; Ctrl+7 the Werkplan tab. */
    void openPlanTab() {
        clickOn("#caseloadSearch").push(KeyCode.CONTROL, KeyCode.A).write(PlanFamily.HOUSEHOLD).type(KeyCode.ENTER);
        assertThat(lookup("#dossierTabs").tryQuery()).as("dossier opened").isPresent();
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil("Werkplan tab shown", () -> lookup("#planView").tryQuery().map(Node::isVisible).orElse(false));
    }

    void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                boolean[] result = new boolean[1];
                interact(() -> result[0] = condition.getAsBoolean());
                return result[0];
            });
        } catch (TimeoutException timeout) {
            Node owner = focused();
            throw new AssertionError("waited 5 s for: " + what + " (focus on " + (owner == null ? "nothing" : owner.getId() + " "
                    + owner.getClass().getSimpleName()) + ")", timeout);
        }
    }

    /** Puts the keyboard in a control, as Tab would; the screen scrolls to it. */
    void focusOn(String id) {
        interact(() -> lookup("#" + id).query().requestFocus());
        assertFocus(id);
    }

    Node focused() {
        return stage.getScene().getFocusOwner();
    }

    void assertFocus(String id) {
        waitUntil("focus on " + id, () -> focused() != null && id.equals(focused().getId()));
    }

    /** In a focused drop-down: open it (F4), go to the first value (Home), then down to value {@code index}, Enter. */
    void choose(int index) {
        type(KeyCode.F4).type(KeyCode.HOME);
        for (int step = 0; step < index; step++) {
            type(KeyCode.DOWN);
        }
        type(KeyCode.ENTER);
    }
}
