package nl.keukentafel.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.model.HouseholdRole;
import org.junit.jupiter.api.Test;

/**
 * The real window: a drop-down opens with Space and Alt+Down and is chosen by typing (the member's role, where a
 * grandmother is now "Grootouder" and not "Anders"), and the choice is stored.
 */
class DropDownKeysTest extends WindowTestBase {
    @Test
    void spaceOpensAndTypingChooses() {
        createVaultWithKeyboard();
        UUID dossier = session().caseload().createFamily("Familie Bakker").join();
        session().dossiers().addMember(dossier, HouseholdRole.PARENT).join();
        clickOn("#caseloadSearch").write("Bakker").type(KeyCode.ENTER);
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        interact(() -> lookup("#memberList").queryAs(ListView.class).getSelectionModel().select(0));
        focusOn("memberRole");
        ComboBox<?> role = lookup("#memberRole").queryAs(ComboBox.class);

        write("gr");
        waitUntil("typing gr chooses Grootouder", () -> role.getValue() == HouseholdRole.GRANDPARENT);
        sleep(1_100);
        write("a");
        waitUntil("after a pause a new search: Ander familielid", () -> role.getValue() == HouseholdRole.RELATIVE);
        write("a");
        waitUntil("the same letter again: the next with it, Anders", () -> role.getValue() == HouseholdRole.OTHER);
        type(KeyCode.SPACE);
        waitUntil("Space opens the list", role::isShowing);
        type(KeyCode.F4);
        waitUntil("F4 closes it", () -> !role.isShowing());
        push(KeyCode.ALT, KeyCode.DOWN);
        waitUntil("Alt+Down opens the list", role::isShowing);
        type(KeyCode.F4);

        session().dossiers().flush();
        assertThat(session().dossiers().read(dossier).members().get(0).role()).isEqualTo(HouseholdRole.OTHER);
    }
}
