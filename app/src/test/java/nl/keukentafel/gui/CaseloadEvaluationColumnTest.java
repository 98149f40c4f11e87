package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.store.CaseloadQuery;
import org.junit.jupiter.api.Test;

/** The caseload's "Volgende evaluatie" column: the plan's date, an overdue one marked in words and with an icon. */
class CaseloadEvaluationColumnTest extends GuiTestBase {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Test
    void anOverdueEvaluationIsMarkedWithTextAndIcon() {
        createVaultWithKeyboard();
        LocalDate today = LocalDate.now();
        UUID late = familyWithEvaluation("Familie Laat", today.minusDays(3));
        familyWithEvaluation("Familie Op Tijd", today.plusWeeks(2));
        session().caseload().createFamily("Familie Zonder Plan").join();

        clickOn("#caseloadSearch").write("familie");
        TableView<CaseloadQuery.Row> table = lookup("#caseloadTable").queryTableView();
        assertThat(table.getItems()).hasSize(3);
        assertThat(table.getItems()).filteredOn(row -> row.dossierId().equals(late)).singleElement()
                .satisfies(row -> assertThat(row.nextEvaluation()).isEqualTo(today.minusDays(3)));

        assertThat(lookup(".evaluation-overdue").queryAll()).as("one overdue cell").hasSize(1);
        Labeled overdue = lookup(".evaluation-overdue").query();
        assertThat(overdue.getText()).isEqualTo(DATE.format(today.minusDays(3)) + " (te laat)");
        assertThat(overdue.getGraphic()).as("an icon, not colour alone").isNotNull();
        assertThat(lookup(DATE.format(today.plusWeeks(2))).tryQuery()).as("a date ahead is shown plainly").isPresent();
    }

    private UUID familyWithEvaluation(String name, LocalDate next) {
        UUID id = session().caseload().createFamily(name).join();
        session().plan().start(id).join();
        session().vault().records().patch(PlanIds.plan(id), Map.of(Plan.Field.NEXT_EVALUATION_ON, DATE.format(next))).join();
        return id;
    }
}
