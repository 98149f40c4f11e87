package nl.keukentafel.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The header's sync status and the server screen, on a vault that has never synced. */
class SyncShellTest extends SyncGuiTestBase {
    @Test
    void aFreshVaultSaysSyncIsNotSetUpAndTheStatusLeadsToTheServerScreen() {
        createVaultWithKeyboard();
        Button status = lookup("#syncStatus").queryButton();
        assertThat(status.getText()).isEqualTo("Synchronisatie niet ingesteld");
        assertThat(lookup("#syncConflicts").queryButton().isVisible()).isFalse();
        assertThat(lookup("#syncRejected").queryButton().isVisible()).isFalse();
        assertThat(lookup("#saveStatus").tryQuery()).as("the save status stays beside it").isPresent();
        snap(stage.getScene().getRoot(), "sync-01-header-not-configured");

        clickOn("#syncStatus");
        assertThat(lookup("#serverScreen").tryQuery()).isPresent();
        assertThat(lookup("#syncNobody").queryAs(Label.class).isVisible()).isTrue();
        assertThat(lookup("#logoutButton").queryButton().isVisible()).isFalse();
        type(KeyCode.ESCAPE);
        assertThat(lookup("#caseloadSearch").tryQuery()).as("Escape returns to the caseload").isPresent();
    }

    @Test
    void theSettingsLeadToTheServerScreenAndBack() {
        createVaultWithKeyboard();
        push(KeyCode.CONTROL, KeyCode.COMMA);
        clickOn("#settingsServerButton");
        assertThat(lookup("#serverScreen").tryQuery()).isPresent();
        assertThat(lookup("#serverBackButton").queryButton().getText()).isEqualTo("Instellingen");
        clickOn("#serverBackButton");
        assertThat(lookup("#settingsScreen").tryQuery()).as("back where the consultant came from").isPresent();
    }

    @Test
    void syncNowWithoutALoginOpensTheServerScreen() {
        createVaultWithKeyboard();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        assertThat(lookup("#serverScreen").tryQuery()).as("Ctrl+Shift+S without a login asks for one").isPresent();
        assertThat(stage.getScene().getFocusOwner()).as("the address field has the focus").isSameAs(lookup("#serverAddress").query());
        assertThat(lookup("#locked-serverAddress").query().isVisible()).as("nothing locked, no lock note").isFalse();
    }

    @Test
    void plainHttpToAnotherComputerIsExplainedInDutchAndNothingIsSent() {
        createVaultWithKeyboard();
        clickOn("#syncStatus");
        clickOn("#serverAddress").write("http://sync.wijkteam.example").type(KeyCode.TAB).write("anouk").type(KeyCode.TAB)
                .write("geheim wachtwoord").type(KeyCode.ENTER);
        String message = lookup("#loginMessage").queryAs(Label.class).getText();
        assertThat(message).startsWith("Gebruik een adres dat met https:// begint").contains("localhost");
        assertThat(lookup("#syncPassword").queryAs(TextField.class).getText()).as("the password stays for a second try").isNotEmpty();
        assertThat(lookup("#syncStatus").queryButton().getText()).isEqualTo("Synchronisatie niet ingesteld");
        snap(lookup("#serverScreen").query(), "sync-02-server-http-refused");

        clickOn("#serverAddress").eraseText(40).write("https://sync.wijkteam.example");
        clickOn("#syncUsername").eraseText(10);
        clickOn("#loginButton");
        assertThat(lookup("#loginMessage").queryAs(Label.class).getText()).isEqualTo("Vul uw gebruikersnaam in.");
    }

    @Test
    void aDossierWithoutConflictsShowsNoBanner() {
        createVaultWithKeyboard();
        push(KeyCode.CONTROL, KeyCode.N).write("Familie Zonnebloem").type(KeyCode.ENTER);
        assertThat(lookup("#dossierTabs").tryQuery()).isPresent();
        assertThat(lookup("#dossierConflictBanner").query().isVisible()).isFalse();
        type(KeyCode.ESCAPE);
        assertThat(lookup("#caseloadSearch").tryQuery()).isPresent();
    }
}
