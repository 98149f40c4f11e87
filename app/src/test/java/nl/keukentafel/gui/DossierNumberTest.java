package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/** The Gezin tab shows the dossier number the command line asks for (--dossier), readable and not editable. */
class DossierNumberTest extends GuiTestBase {
    @Test
    void theFamilyTabShowsTheDossierNumberForTheCommandLine() {
        createVaultWithKeyboard();
        createFamilyWithKeyboard("Familie Das");
        var dossierId = session().caseload().search("", false).get(0).dossierId();
        TextField number = lookup("#dossierNumber").queryAs(TextField.class);
        assertThat(number.getText()).isEqualTo(dossierId.toString());
        assertThat(number.isEditable()).isFalse();
    }
}
