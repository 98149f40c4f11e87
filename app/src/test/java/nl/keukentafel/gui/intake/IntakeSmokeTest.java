package nl.keukentafel.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.intake.IntakeState;
import org.junit.jupiter.api.Test;

class IntakeSmokeTest extends IntakeGuiTestBase {
    @Test
    void ctrlEnterStartsTheIntake() {
        createVaultWithKeyboard();
        createFamilyVos();
        openIntakeTab("Vos");
        snap("smoke-1");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        IntakeState state = session().intake().read(dossierId);
        assertThat(state.intake()).isPresent();
        assertThat(state.members()).hasSize(5);
        assertThat(lookup("#conversationNotes").tryQuery()).isPresent();
        snap("smoke-2");
    }
}
