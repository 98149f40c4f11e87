package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;

/**
 * The real window ({@link WindowTestBase}) at 1200×800, with the keyboard helpers for families, locking and
 * restarting that the tests in this package share.
 */
abstract class GuiTestBase extends WindowTestBase {

    @Override
    protected WindowSize windowSize() {
        return new WindowSize(1200, 800);
    }

    /** Puts a fresh window on the stage, as after a restart of the app (the vault files stay). */
    void restartWindow() {
        interact(() -> {
            sessions.lock();
            stage.getScene().setRoot(newMainWindow().root());
        });
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
        assertThat(lookup("#caseloadSearch").tryQuery().or(() -> lookup("#dossierTabs").tryQuery()))
                .as("the caseload, or the dossier that was open when it locked, shown after unlocking").isPresent();
    }
}
