package nl.keukentafel.gui.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.model.HouseholdRole;
import org.junit.jupiter.api.Test;

/**
 * The real window: after a mouse click in the genogram (or ecogram) the keyboard stays in the drawing, so the letter
 * keys keep editing and the arrow keys move the selection instead of switching tabs.
 */
class GenogramClickThenKeysTest extends WindowTestBase {
    @Test
    void aClickInTheDrawingKeepsTheKeysInTheDrawing() {
        createVaultWithKeyboard();
        UUID dossier = session().caseload().createFamily("Familie Wulfsberg").join();
        session().dossiers().addMember(dossier, HouseholdRole.PARENT).join();
        clickOn("#caseloadSearch").write("Wulfsberg").type(KeyCode.ENTER);
        for (String tabId : new String[] {"genogramTab", "ecogramTab"}) {
            TabPane tabs = lookup("#dossierTabs").queryAs(TabPane.class);
            Tab tab = tabs.getTabs().stream().filter(candidate -> tabId.equals(candidate.getId())).findFirst().orElseThrow();
            interact(() -> tabs.getSelectionModel().select(tab));
            String canvasId = tabId.replace("Tab", "Canvas");
            waitUntil(canvasId + " shown", () -> lookup("#" + canvasId).tryQuery().map(node -> node.isVisible()).orElse(false));
            clickOn("#" + canvasId);
            assertFocus(canvasId);
            type(KeyCode.RIGHT).type(KeyCode.LEFT);
            assertThat(tabs.getSelectionModel().getSelectedItem().getId()).as("arrow keys after a click").isEqualTo(tabId);
            assertFocus(canvasId);
        }
    }
}
