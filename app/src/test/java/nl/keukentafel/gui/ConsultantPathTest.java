package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.dossier.ContactViewModel;
import nl.keukentafel.gui.dossier.MemberViewModel;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.store.CaseloadQuery;
import org.junit.jupiter.api.Test;

/** The whole first visit, by keyboard: vault, family, two parents, three children, four contacts, lock, unlock. */
class ConsultantPathTest extends GuiTestBase {
    private static final String INVALID_BSN = "123456789";

    @Test
    void aFamilyTypedInSurvivesLockAndUnlock() {
        createVaultWithKeyboard();
        createFamilyWithKeyboard("Familie Zonnebloem");
        addMember(KeyCode.O, "Sanne", "12-03-1985", null);
        addMember(KeyCode.O, "Karim", "02-11-1983", null);
        addMember(KeyCode.K, "Noor", "15-06-2012", null);
        addMember(KeyCode.K, "Ties", "01-09-2015", INVALID_BSN);
        addMember(KeyCode.K, "Fenna", "20-01-2019", null);
        addContact("Petra Visser", "Jeugdarts");
        addContact("Meester Bram", "Mentor");
        addContact("Oma Riet", "Oma");
        addContact("Dr. Kuipers", "Huisarts");

        lockWithKeyboard();
        unlockWithKeyboard();
        assertThat(lookup("#dossierTitle").queryLabeled().getText()).as("back in the dossier that was open")
                .contains("Zonnebloem");
        clickOn("#backButton");

        TableView<CaseloadQuery.Row> caseload = lookup("#caseloadTable").queryTableView();
        assertThat(caseload.getItems()).extracting(CaseloadQuery.Row::householdName, CaseloadQuery.Row::memberCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Familie Zonnebloem", 5));
        clickOn("#caseloadSearch").type(KeyCode.ENTER);
        ListView<MemberViewModel> members = lookup("#memberList").queryListView();
        assertThat(members.getItems()).extracting(member -> member.fullName().getValue())
                .containsExactly("Sanne Zonnebloem", "Karim Zonnebloem", "Noor Zonnebloem", "Ties Zonnebloem", "Fenna Zonnebloem");
        ListView<ContactViewModel> contacts = lookup("#contactList").queryListView();
        assertThat(contacts.getItems()).extracting(contact -> contact.displayName().getValue())
                .containsExactly("Petra Visser", "Meester Bram", "Oma Riet", "Dr. Kuipers");

        UUID dossierId = caseload.getItems().get(0).dossierId();
        Dossier stored = session().dossiers().read(dossierId);
        assertThat(stored.family().householdName()).isEqualTo("Familie Zonnebloem");
        assertThat(stored.members()).extracting(Member::givenName, Member::birthDate, Member::role).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Sanne", "12-03-1985", HouseholdRole.PARENT),
                org.assertj.core.groups.Tuple.tuple("Karim", "02-11-1983", HouseholdRole.PARENT),
                org.assertj.core.groups.Tuple.tuple("Noor", "15-06-2012", HouseholdRole.CHILD),
                org.assertj.core.groups.Tuple.tuple("Ties", "01-09-2015", HouseholdRole.CHILD),
                org.assertj.core.groups.Tuple.tuple("Fenna", "20-01-2019", HouseholdRole.CHILD));
        assertThat(stored.members()).filteredOn(member -> member.givenName().equals("Ties"))
                .extracting(Member::bsn).containsExactly(INVALID_BSN);
        assertThat(stored.contacts()).extracting(Contact::name, Contact::relation).hasSize(4)
                .contains(org.assertj.core.groups.Tuple.tuple("Oma Riet", "Oma"));
    }

    /** Alt+O or Alt+K, then given name, family name and birth date with Tab; the BSN three fields further. */
    private void addMember(KeyCode shortcut, String givenName, String birthDate, String bsn) {
        push(KeyCode.ALT, shortcut);
        assertThat(lookup("#memberGivenName").queryAs(TextField.class).isFocused()).as("cursor in the new member").isTrue();
        write(givenName).type(KeyCode.TAB).write("Zonnebloem").type(KeyCode.TAB).write(birthDate);
        if (bsn != null) {
            type(KeyCode.TAB, 4).write(bsn);
        }
    }

    private void addContact(String name, String relation) {
        push(KeyCode.ALT, KeyCode.C);
        write(name).type(KeyCode.TAB, 2).write(relation);
    }
}
