package nl.keukentafel.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Closure;
import org.junit.jupiter.api.Test;

/** A closed dossier's plan is read-only under a banner; a problem of the plan shows beside its field, the value kept. */
class PlanReadOnlyTest extends PlanGuiTestBase {
    @Test
    void aClosedDossierShowsItsPlanReadOnlyUnderABanner() {
        PlanService plan = session().plan();
        plan.start(family.dossier).join();
        plan.addGoal(family.dossier, "Fatima heeft overzicht").join();
        RecordRef closure = plan.prepareClosure(family.dossier).join();
        session().vault().records().patch(closure, Map.of(Closure.Field.CLOSED, true, Closure.Field.CLOSED_ON,
                FieldCheck.write(today))).join();

        openPlanTab();

        waitUntil("closed banner", () -> lookup("#planClosedBanner").query().isVisible());
        assertThat(lookup("#planClosedBanner").queryAs(Label.class).getText()).contains("afgesloten");
        assertThat(lookup("#goalText-1").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(lookup("#agreeButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(lookup("#addGoalButton").tryQuery()).isEmpty();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        assertThat(stored().goals()).hasSize(1);
    }

    @Test
    void anActionDueBeforeThePlanStartedIsExplainedBesideItsDate() {
        PlanService plan = session().plan();
        plan.start(family.dossier).join();
        RecordRef goal = plan.addGoal(family.dossier, "Noor gaat naar school").join();
        RecordRef action = plan.addAction(family.dossier, goal.id()).join();
        String yesterday = FieldCheck.write(today.minusDays(1));
        session().vault().records().patch(action, Map.of(Action.Field.DUE_DATE, yesterday)).join();

        openPlanTab();

        assertThat(lookup("#action-1-1-due").queryAs(TextField.class).getText()).isEqualTo(yesterday);
        waitUntil("the problem beside the date", () -> lookup(".plan-problem").queryAll().stream()
                .anyMatch(node -> node.isVisible() && !((Label) node).getText().isBlank()));
        assertThat(lookup("#planProblems").query().isVisible()).as("not also in the list at the top").isFalse();
    }

    @Test
    void escapeClosesTheAgreePanelAndStaysInTheDossier() {
        PlanService plan = session().plan();
        plan.start(family.dossier).join();
        plan.addGoal(family.dossier, "Fatima heeft overzicht").join();
        openPlanTab();

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        waitUntil("agree panel open", () -> lookup("#agreePanel").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        type(KeyCode.ESCAPE);

        waitUntil("agree panel closed", () -> lookup("#agreePanel").tryQuery().map(node -> !node.isVisible() || node.getScene() == null)
                .orElse(true));
        assertThat(lookup("#dossierTabs").tryQuery()).as("still in the dossier").isPresent();
        assertThat(stored().versions()).as("nothing agreed").isEmpty();
        type(KeyCode.ESCAPE);
        waitUntil("Escape again goes back to the caseload", () -> lookup("#caseloadSearch").tryQuery().isPresent());
    }

    @Test
    void theOverviewSortsByPersonAndByDateWithTheKeyboard() {
        PlanService plan = session().plan();
        plan.start(family.dossier).join();
        action(plan, "Fatima heeft overzicht", family.mother, 10);
        action(plan, "Ruben ziet de kinderen", family.father, 2);

        openPlanTab();
        waitUntil("the overview shown, just after the first frame", () -> lookup("#whoSortDate").tryQuery().isPresent());
        focusOn("whoSortDate");
        type(KeyCode.SPACE);
        assertThat(firstOwner()).isEqualTo("Ruben Jansen");
        focusOn("whoSortPerson");
        type(KeyCode.SPACE);
        assertThat(firstOwner()).isEqualTo("Fatima Jansen");
    }

    private void action(PlanService plan, String goalText, java.util.UUID owner, int days) {
        RecordRef goal = plan.addGoal(family.dossier, goalText).join();
        RecordRef action = plan.addAction(family.dossier, goal.id()).join();
        session().vault().records().patch(action, Map.of(Action.Field.OWNER_KIND, "MEMBER", Action.Field.OWNER_ID, owner,
                Action.Field.WHAT, "iets", Action.Field.DUE_DATE, FieldCheck.write(today.plusDays(days)))).join();
    }

    private String firstOwner() {
        @SuppressWarnings("unchecked")
        var table = (javafx.scene.control.TableView<nl.keukentafel.logic.plan.WhoDoesWhat.Row>) lookup("#whoDoesWhatTable").query();
        return table.getItems().get(0).owner();
    }
}
