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

    /**
     * Audit is the last tab: its Ctrl+digit when it is among the first nine, else Ctrl+9 (Toets, issue 12) and
     * Ctrl+Tab to the next tab, as the F1 list says.
     */
    void showAuditTab() {
        javafx.scene.control.TabPane tabs = lookup("#dossierTabs").queryAs(javafx.scene.control.TabPane.class);
        int position = tabs.getTabs().stream().map(javafx.scene.control.Tab::getId).toList().indexOf("auditTab") + 1;
        if (position <= 9) {
            push(KeyCode.CONTROL, KeyCode.getKeyCode(String.valueOf(position)));
            return;
        }
        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        waitUntil("the Toets tab", () -> "checkTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        push(KeyCode.CONTROL, KeyCode.TAB);
        waitUntil("the audit tab", () -> "auditTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
    }
}
