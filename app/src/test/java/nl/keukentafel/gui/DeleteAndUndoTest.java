package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.dossier.MemberViewModel;
import nl.keukentafel.model.Member;
import nl.keukentafel.store.AuditLog;
import org.junit.jupiter.api.Test;

class DeleteAndUndoTest extends GuiTestBase {
    @Test
    void aDeletedMemberComesBackWithCtrlZ() {
        createVaultWithKeyboard();
        createFamilyWithKeyboard("Familie Merel");
        push(KeyCode.ALT, KeyCode.K);
        write("Sam");
        push(KeyCode.ALT, KeyCode.K);
        write("Lotte");
        ListView<MemberViewModel> members = lookup("#memberList").queryListView();
        UUID dossierId = session().caseload().search("", false).get(0).dossierId();

        clickOn("#memberList").type(KeyCode.HOME).type(KeyCode.DELETE);
        assertThat(members.getItems()).extracting(member -> member.fullName().getValue()).containsExactly("Lotte");
        assertThat(lookup("#undoBar").query().isVisible()).isTrue();
        assertThat(session().dossiers().read(dossierId).members()).extracting(Member::givenName).containsExactly("Lotte");

        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(members.getItems()).extracting(member -> member.fullName().getValue()).containsExactly("Sam", "Lotte");
        assertThat(lookup("#undoBar").query().isVisible()).isFalse();
        assertThat(session().dossiers().read(dossierId).members()).extracting(Member::givenName)
                .containsExactlyInAnyOrder("Sam", "Lotte");

        clickOn("#memberList").type(KeyCode.END);
        clickOn("#deleteMemberButton");
        clickOn("#undoButton");
        assertThat(members.getItems()).hasSize(2);

        showAuditTab();
        TableView<AuditLog.Entry> audit = lookup("#auditTable").queryTableView();
        assertThat(audit.getItems()).extracting(AuditLog.Entry::action).contains("open", "create", "update", "delete", "restore");
    }

    /**
     * Audit is the last tab: its Ctrl+digit when it is among the first nine, else Ctrl+9 (Toets, issue 12) and
     * Ctrl+Tab to the next tab, as the F1 list says.
     */
    private void showAuditTab() {
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
