package nl.keukentafel.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.WindowTestBase;
import org.junit.jupiter.api.Test;

/** The real window: after locking (Ctrl+L, as auto-lock does) and unlocking, the dossier and tab that were open are back. */
class ReturnAfterUnlockTest extends WindowTestBase {
    @Test
    void unlockReturnsToTheDossierAndTab() {
        createVaultWithKeyboard();
        session().caseload().createFamily("Familie Jansen").join();
        clickOn("#caseloadSearch").write("Jansen").type(KeyCode.ENTER);
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil("network tab", () -> "networkTab".equals(selectedTab()));

        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil("locked", () -> lookup("#passphrase").tryQuery().isPresent());
        clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);

        waitUntil("back in the dossier's network tab", () -> "networkTab".equals(selectedTab()));
        assertThat(lookup("#caseloadSearch").tryQuery()).as("not the caseload").isEmpty();
    }

    private String selectedTab() {
        return lookup("#dossierTabs").tryQuery().map(node -> ((TabPane) node).getSelectionModel().getSelectedItem())
                .map(tab -> tab.getId()).orElse(null);
    }
}
