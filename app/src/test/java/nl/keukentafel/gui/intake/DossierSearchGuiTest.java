package nl.keukentafel.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Ctrl+F finds what was typed in the intake (diacritics and case folded) and Enter on a hit puts the focus in that field. */
class DossierSearchGuiTest extends IntakeGuiTestBase {
    @Test
    void ctrlFFindsIntakeTextAndJumpsToIt() {
        createVaultWithKeyboard();
        createFamilyVos();
        openIntakeTab("Vos");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        assertFocus("conversationDate");
        clickOn("#conversationNotes").write("Moeder vertelt over de schuldsanering en de buren.");

        push(KeyCode.CONTROL, KeyCode.F);
        assertFocus("dossierSearch");
        write("SCHULDSANÉRING").type(KeyCode.ENTER);
        waitUntil("search hits shown", () -> lookup("#searchHit-0").tryQuery().isPresent());
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertFocus("conversationNotes");

        push(KeyCode.CONTROL, KeyCode.F);
        push(KeyCode.CONTROL, KeyCode.A);
        write("geen-treffer-xyz").type(KeyCode.ENTER);
        waitUntil("no hits said", () -> lookup("#searchHit-0").tryQuery().isEmpty());
    }

    @Test
    void searchRunsAsYouTypeFromAnotherTabAndLandsOnTheField() {
        createVaultWithKeyboard();
        createFamilyVos();
        openIntakeTab("Vos");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        clickOn("#conversationNotes").write("Vader komt om de week, de oma helpt met koken.");
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil("family tab shown", () -> lookup("#familyHouseholdName").tryQuery().map(node -> node.isVisible()).orElse(false));

        push(KeyCode.CONTROL, KeyCode.F);
        write("om de week");
        waitUntil("hits listed while typing, without Enter", () -> lookup("#searchHit-0").tryQuery().isPresent());
        assertThat((Object) lookup("#dossierSearchResults").query()).isInstanceOf(ListView.class);
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertFocus("conversationNotes");
        waitUntil("still on the hit's field after the tab settled", () -> "conversationNotes".equals(focused().getId()));

        push(KeyCode.CONTROL, KeyCode.F);
        push(KeyCode.CONTROL, KeyCode.A);
        write("huisartsenpraktijk");
        waitUntil("the contact's hit listed", () -> lookup("#searchHit-0").tryQuery().isPresent());
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertFocus("contactOrganisation");
    }
}
