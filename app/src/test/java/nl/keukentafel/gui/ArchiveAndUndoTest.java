package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.keukentafel.store.CaseloadQuery;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: archiving (Ctrl+E) says what happened, with the family's name, and can be taken back like a delete — Ctrl+Z
 * or the bar's button — by the same undo bar. By keyboard only.
 */
class ArchiveAndUndoTest extends GuiTestBase {
    @Test
    void ctrlEArchivesSaysSoAndCtrlZBringsTheFamilyBack() {
        createVaultWithKeyboard();
        session().caseload().createFamily("Familie Merel").join();
        session().caseload().createFamily("Familie Vink").join();
        push(KeyCode.CONTROL, KeyCode.F).write("Merel").type(KeyCode.DOWN);
        waitUntil("Merel chosen", () -> "Familie Merel".equals(selected().householdName()));
        push(KeyCode.CONTROL, KeyCode.E);

        waitUntil("the undo bar", () -> lookup("#undoBar").query().isVisible());
        assertThat(lookup("#undoBar").queryAs(atlantafx.base.controls.Notification.class).getMessage())
                .isEqualTo("Dossier gearchiveerd: Familie Merel");
        assertThat(session().caseload().search("", false)).extracting(CaseloadQuery.Row::householdName).containsExactly("Familie Vink");
        clickOn("#caseloadSearch").eraseText(5);
        waitUntil("Merel gone from the caseload", () -> table().getItems().size() == 1);
        snap("caseload-archived-undo-bar");

        type(KeyCode.DOWN);
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil("Merel back in the caseload", () -> table().getItems().size() == 2);
        assertThat(lookup("#undoBar").query().isVisible()).as("the offer is used up").isFalse();
        assertThat(session().caseload().search("", false)).extracting(CaseloadQuery.Row::householdName)
                .containsExactlyInAnyOrder("Familie Merel", "Familie Vink");

        // the same again with the bar's button
        interact(() -> table().getSelectionModel().select(table().getItems().stream()
                .filter(row -> row.householdName().equals("Familie Vink")).findFirst().orElseThrow()));
        push(KeyCode.CONTROL, KeyCode.E);
        waitUntil("the undo bar", () -> lookup("#undoBar").query().isVisible());
        assertThat(lookup("#undoBar").queryAs(atlantafx.base.controls.Notification.class).getMessage()).contains("Familie Vink");
        clickOn("#undoButton");
        waitUntil("Vink back in the caseload", () -> table().getItems().size() == 2);
        assertThat(session().caseload().search("", false)).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseloadQuery.Row> table() {
        return lookup("#caseloadTable").queryAs(TableView.class);
    }

    private CaseloadQuery.Row selected() {
        CaseloadQuery.Row row = table().getSelectionModel().getSelectedItem();
        return row == null ? new CaseloadQuery.Row(null, "", "", 0, null, 0, false, null, null) : row;
    }
}
