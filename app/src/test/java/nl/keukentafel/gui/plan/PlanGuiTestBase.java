package nl.keukentafel.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.logic.plan.PlanState;
import org.junit.jupiter.api.BeforeEach;

/**
 * The real window ({@link WindowTestBase}) at 1280×900 with the Jansen family ({@link PlanFamily}) and its intake;
 * the test opens the dossier's Werkplan tab with the keyboard.
 */
abstract class PlanGuiTestBase extends WindowTestBase {
    PlanFamily family;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void createVaultAndFamily() {
        createVaultWithKeyboard();
        family = new PlanFamily(session(), today);
    }

    /** A tall window, so a whole goal shows; the screenshots use the smallest supported size. */
    @Override
    protected WindowSize windowSize() {
        return new WindowSize(1280, 900);
    }

    PlanState stored() {
        return session().plan().read(family.dossier);
    }

    /** From the caseload: search, Enter opens the dossier; Ctrl+7 the Werkplan tab. */
    void openPlanTab() {
        clickOn("#caseloadSearch").push(KeyCode.CONTROL, KeyCode.A).write(PlanFamily.HOUSEHOLD).type(KeyCode.ENTER);
        assertThat(lookup("#dossierTabs").tryQuery()).as("dossier opened").isPresent();
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil("Werkplan tab shown", () -> lookup("#planView").tryQuery().map(Node::isVisible).orElse(false));
    }
}
