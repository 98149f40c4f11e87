package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.check.CheckViewModel;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.OwnerKind;
import org.junit.jupiter.api.Test;

/**
 * The Toets tab's Enter on a werkplan finding lands on the finding's own field, not only on its row: an action
 * without a date in its due date, a goal without a date in its target date (its details opened).
 */
class PlanFindingJumpTest extends GuiTestBase {
    @Test
    void aFindingOnAnActionOrAGoalLandsOnItsOwnField() {
        createVaultWithKeyboard();
        UUID dossier = session().caseload().createFamily("Familie Springer").join();
        session().plan().start(dossier).join();
        RecordRef goal = session().plan().addGoal(dossier, "Er is rust in huis").join();
        RecordRef action = session().plan().addAction(dossier, goal.id()).join();
        session().vault().records().patch(action, Map.of(Action.Field.OWNER_KIND, OwnerKind.REGISSEUR.name(),
                Action.Field.WHAT, "Gesprek met school plannen")).join();

        clickOn("#caseloadSearch").write("Springer").type(KeyCode.ENTER);
        waitUntil("dossier open", () -> lookup("#dossierTabs").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT9);

        jump("checkFinding-T8_action-date_" + action.id());
        waitUntil("the action's due date has the keyboard", () -> focusedId().filter(id -> id.startsWith("action-")
                && id.endsWith("-due")).isPresent());

        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        jump("checkFinding-T8_target-date_" + goal.id());
        waitUntil("the goal's target date has the keyboard", () -> focusedId().filter(id -> id.startsWith("goalTarget-")).isPresent());
        assertThat(lookup("#" + focusedId().orElseThrow()).query().isVisible()).as("its details opened").isTrue();
    }

    private void jump(String findingId) {
        waitUntil("the finding " + findingId, () -> line(findingId).isPresent());
        interact(() -> {
            list().getSelectionModel().select(line(findingId).orElseThrow());
            list().requestFocus();
        });
        type(KeyCode.ENTER);
    }

    private Optional<String> focusedId() {
        Node owner = stage.getScene().getFocusOwner();
        return Optional.ofNullable(owner).map(Node::getId);
    }

    @SuppressWarnings("unchecked")
    private ListView<CheckViewModel.Line> list() {
        return lookup("#checkList").queryAs(ListView.class);
    }

    private Optional<CheckViewModel.Line> line(String id) {
        return list().getItems().stream().filter(item -> id.equals(item.id())).findFirst();
    }
}
