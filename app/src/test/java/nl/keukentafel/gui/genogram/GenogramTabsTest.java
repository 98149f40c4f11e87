package nl.keukentafel.gui.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.MainWindow;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real window: a new dossier has Genogram and Ecogram tabs before Audit, and the genogram shows its members. */
class GenogramTabsTest extends FxRobot {
    private static final String PASSPHRASE = "appel peer banaan kiwi";
    @TempDir
    Path directory;
    private SessionManager sessions;

    @BeforeEach
    void window() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemDefaultZone(), KdfParams.FAST_FOR_TESTS);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            MainWindow.applyTheme();
            AppContext context = new AppContext(sessions, new CurrentThreadTaskExecutor(), Clock.systemDefaultZone(),
                    directory.resolve("preferences.properties"), Localization.DUTCH);
            stage.setScene(new Scene(new MainWindow(context).root(), 1200, 800));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        sessions.lock();
    }

    @Test
    void genogramAndEcogramTabsComeBeforeAuditAndShowTheDossier() {
        clickOn("#consultantName").write("Test Consulent").type(KeyCode.TAB).write(PASSPHRASE).type(KeyCode.TAB)
                .write(PASSPHRASE).type(KeyCode.ENTER);
        push(KeyCode.CONTROL, KeyCode.N).write("Familie Wulfsberg").type(KeyCode.ENTER);
        TabPane tabs = lookup("#dossierTabs").queryAs(TabPane.class);
        var ids = tabs.getTabs().stream().map(Tab::getId).toList();
        assertThat(ids).containsSubsequence("genogramTab", "ecogramTab", "auditTab");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("auditTab");

        interact(() -> tabs.getSelectionModel().select(ids.indexOf("genogramTab")));
        assertThat(lookup("#genogramCanvas").tryQuery()).isPresent();
        assertThat(lookup("#genogramMessage").queryLabeled().getText()).isEmpty();
        type(KeyCode.G);
        assertThat(lookup("#genogramMessage").queryLabeled().getText()).as("no household parents yet: said so")
                .contains("Gezinsleden");
        interact(() -> tabs.getSelectionModel().select(ids.indexOf("ecogramTab")));
        assertThat(lookup("#ecogramMessage").queryLabeled().getText()).contains("Netwerk");
    }
}
