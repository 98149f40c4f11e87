package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.dossier.ContactViewModel;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.Sector;
import org.junit.jupiter.api.Test;

/** The network tab's sector and "gaat over" are kept in the vault and shown again after a restart of the app. */
class NetworkSectorTest extends GuiTestBase {
    @Test
    void sectorAndMembersConcernedSurviveReopening() throws IOException {
        createVaultWithKeyboard();
        createFamilyWithKeyboard("Familie Grutto");
        push(KeyCode.ALT, KeyCode.K);
        write("Lotte").type(KeyCode.TAB).write("Grutto").type(KeyCode.TAB).write("04-09-2018");
        push(KeyCode.ALT, KeyCode.C);
        write("Juf Anke").type(KeyCode.TAB).write("Basisschool De Wilg");
        UUID dossierId = session().caseload().search("Grutto", false).get(0).dossierId();
        UUID lotte = session().dossiers().read(dossierId).members().get(0).id();

        clickOn("#contactSector");
        type(KeyCode.DOWN, Sector.SCHOOL.ordinal() + 1).type(KeyCode.ENTER);
        assertThat(lookup("#contactSector").queryAs(ComboBox.class).getValue()).isEqualTo(Sector.SCHOOL);
        clickOn("#contactAbout-" + lotte);

        restartWindow();
        unlockWithKeyboard();
        clickOn("#caseloadSearch").type(KeyCode.ENTER);
        Dossier stored = session().dossiers().read(dossierId);
        Contact juf = stored.contacts().get(0);
        assertThat(juf.sector()).isEqualTo(Sector.SCHOOL);
        assertThat(juf.aboutMembers()).containsExactly(lotte);
        assertThat(stored.members()).extracting(Member::givenName).containsExactly("Lotte");

        clickOn("#networkTab");
        ListView<ContactViewModel> contacts = lookup("#contactList").queryListView();
        interact(() -> contacts.getSelectionModel().select(0));
        assertThat(lookup("#contactSector").queryAs(ComboBox.class).getValue()).isEqualTo(Sector.SCHOOL);
        assertThat(lookup("#contactAbout-" + lotte).queryAs(CheckBox.class).isSelected()).isTrue();
        String target = System.getProperty("keukentafel.screenshots");
        if (target != null && !target.isBlank()) {
            snap(Path.of(target).resolve("29-network-sector.png"));
        }
    }

    /** For people to look at, only on request ({@code -Dkeukentafel.screenshots=DIR}). */
    private void snap(Path file) throws IOException {
        writePng(windowShot(), file);
    }
}
