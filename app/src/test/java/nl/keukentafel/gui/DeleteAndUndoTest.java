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
}
