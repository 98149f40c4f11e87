package nl.keukentafel.gui.intake;

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
}
