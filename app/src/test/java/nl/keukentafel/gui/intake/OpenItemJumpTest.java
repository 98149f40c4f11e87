package nl.keukentafel.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** An open item, chosen with the keyboard, puts the focus in the field where it is settled, opening a collapsed row. */
class OpenItemJumpTest extends IntakeGuiTestBase {
    @Test
    void enterOnAnOpenItemFocusesItsField() {
        createVaultWithKeyboard();
        createFamilyVos();
        openIntakeTab("Vos");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        assertFocus("conversationDate");
        assertThat(openItems("T1")).hasSize(5).first().asString().startsWith("Sanne Vos");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        assertFocus("openItem-T1-0");
        type(KeyCode.ENTER);
        assertFocus("memberSpoken-0");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        for (int member = 0; member < 5; member++) {
            type(KeyCode.TAB);
        }
        assertFocus("openItem-T2-0");
        TitledPane financien = lookup("#domain-financien").query();
        assertThat(financien.isExpanded()).isFalse();
        type(KeyCode.ENTER);
        assertFocus("domainStatus-financien");
        assertThat(financien.isExpanded()).as("the collapsed row was opened").isTrue();
        assertThat(openItems("T2")).first().asString().contains("Financiën");
    }
}
