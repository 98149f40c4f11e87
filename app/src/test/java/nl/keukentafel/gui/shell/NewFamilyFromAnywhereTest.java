package nl.keukentafel.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.WindowTestBase;
import org.junit.jupiter.api.Test;

/** Issue 14: Ctrl+N starts a new family from inside a dossier too, not only on the caseload (it did nothing there). */
class NewFamilyFromAnywhereTest extends WindowTestBase {
    @Test
    void ctrlNInADossierTabOpensTheNewFamilyBarOnTheCaseload() {
        createVaultWithKeyboard();
        session().caseload().createFamily("Familie Jansen").join();
        clickOn("#caseloadSearch").write("Jansen").type(KeyCode.ENTER);
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil("in the dossier", () -> lookup("#dossierTabs").tryQuery().isPresent());

        push(KeyCode.CONTROL, KeyCode.N);

        waitUntil("the new family's name field has the keyboard", () -> lookup("#newFamilyName").tryQuery()
                .map(field -> field.isFocused()).orElse(false));
        write("Familie Bakker").type(KeyCode.ENTER);
        waitUntil("the family made", () -> session().vault().caseload().search("Bakker", false, 10).size() == 1);
        assertThat(session().vault().caseload().search("", false, 10)).hasSize(2);
    }
}
