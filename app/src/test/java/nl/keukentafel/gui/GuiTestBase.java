package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real window on a real (temporary, cheap-KDF) vault, in Dutch, with work run on the calling thread so
 * tests need no waiting. Helpers drive it with the keyboard as a consultant would.
 */
abstract class GuiTestBase extends FxRobot {
    static final String PASSPHRASE = "appel peer banaan kiwi";
    final Localization dutch = new Localization(Localization.DUTCH);

    @TempDir
    Path directory;
    SessionManager sessions;
    Stage stage;

    @BeforeEach
    void showWindow() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemDefaultZone(),
                KdfParams.FAST_FOR_TESTS);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> {
            MainWindow.applyTheme();
            window.setScene(new Scene(newMainWindow().root(), 1200, 800));
            window.show();
        });
    }

    MainWindow newMainWindow() {
        AppContext context = new AppContext(sessions, new CurrentThreadTaskExecutor(), Clock.systemDefaultZone(),
                directory.resolve("preferences.properties"), Localization.DUTCH);
        return new MainWindow(context);
    }

    /** Puts a fresh window on the stage, as after a restart of the app (the vault files stay). */
    void restartWindow() {
        interact(() -> {
            sessions.lock();
            stage.getScene().setRoot(newMainWindow().root());
        });
    }

    @AfterEach
    void lockVault() throws Exception {
        FxToolkit.cleanupStages();
        if (sessions != null) {
            sessions.lock();
        }
    }

    void createVaultWithKeyboard() {
        clickOn("#consultantName").write("Test Consulent").type(KeyCode.TAB).write(PASSPHRASE).type(KeyCode.TAB)
                .write(PASSPHRASE).type(KeyCode.ENTER);
        assertThat(lookup("#caseloadSearch").tryQuery()).as("caseload shown after creating the vault").isPresent();
    }

    /** Ctrl+N, the household name, Enter: the new dossier opens. */
    void createFamilyWithKeyboard(String householdName) {
        push(KeyCode.CONTROL, KeyCode.N).write(householdName).type(KeyCode.ENTER);
        assertThat(lookup("#dossierTabs").tryQuery()).as("dossier opened").isPresent();
    }

    void lockWithKeyboard() {
        push(KeyCode.CONTROL, KeyCode.L);
        assertThat(lookup("#passphrase").tryQuery()).as("unlock screen after Ctrl+L").isPresent();
    }

    void unlockWithKeyboard() {
        clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        assertThat(lookup("#caseloadSearch").tryQuery()).as("caseload shown after unlocking").isPresent();
    }

    Session session() {
        return sessions.current().orElseThrow();
    }
}
