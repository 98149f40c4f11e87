package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.common.TextFieldEditor;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Problem;
import org.junit.jupiter.api.Test;

class InvalidBsnTest extends GuiTestBase {
    @Test
    void anInvalidBsnIsMarkedAndStillSavedAsTyped() {
        createVaultWithKeyboard();
        createFamilyWithKeyboard("Familie Egel");
        push(KeyCode.ALT, KeyCode.K);
        write("Mila");
        clickOn("#memberBsn").write("123456789");

        TextField bsn = lookup("#memberBsn").queryAs(TextField.class);
        Label problem = lookup("#memberBsnProblem").queryAs(Label.class);
        assertThat(bsn.getStyleClass()).contains(TextFieldEditor.INVALID);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo(dutch.get(Problem.BSN_ELEVEN_CHECK.messageKey())).contains("11-proef");

        clickOn("#memberBsn").eraseText(9).write("123456782");
        assertThat(bsn.getStyleClass()).doesNotContain(TextFieldEditor.INVALID);
        assertThat(problem.isVisible()).isFalse();
        clickOn("#memberBsn").eraseText(1).write("9");

        session().dossiers().flush();
        var dossierId = session().caseload().search("", false).get(0).dossierId();
        assertThat(session().dossiers().read(dossierId).members()).extracting(Member::givenName, Member::bsn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mila", "123456789"));
        assertThat(lookup("#saveStatus").queryAs(Label.class).getText()).satisfiesAnyOf(
                text -> assertThat(text).startsWith("Opgeslagen om"), text -> assertThat(text).isEqualTo("Opslaan…"));

        clickOn("#memberBsn").type(KeyCode.ESCAPE);
        assertThat(lookup("#caseloadTable").tryQuery()).as("Escape returns to the caseload").isPresent();
    }
}
