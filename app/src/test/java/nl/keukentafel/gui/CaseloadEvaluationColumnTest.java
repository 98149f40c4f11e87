package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import nl.keukentafel.logic.plan.Parties;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.store.CaseloadQuery;
import org.junit.jupiter.api.Test;

/**
 * The caseload's "Volgende evaluatie" column: the plan's date; one the dossier check finds overdue (T9: an agreed plan,
 * more than the grace days past) marked in words and with an icon, so the list and the Toets tab never disagree.
 */
class CaseloadEvaluationColumnTest extends GuiTestBase {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Test
    void anOverdueEvaluationIsMarkedWithTextAndIconAndOneWithinTheGraceDaysIsNot() {
        createVaultWithKeyboard();
        LocalDate today = LocalDate.now();
        UUID late = familyWithEvaluation("Familie Laat", today.minusDays(20));
        familyWithEvaluation("Familie Net Voorbij", today.minusDays(3));
        familyWithEvaluation("Familie Op Tijd", today.plusWeeks(2));
        session().caseload().createFamily("Familie Zonder Plan").join();

        clickOn("#caseloadSearch").write("familie");
        TableView<CaseloadQuery.Row> table = lookup("#caseloadTable").queryTableView();
        assertThat(table.getItems()).hasSize(4);
        assertThat(table.getItems()).filteredOn(row -> row.dossierId().equals(late)).singleElement()
                .satisfies(row -> assertThat(row.nextEvaluation()).isEqualTo(today.minusDays(20)));

        assertThat(lookup(".evaluation-overdue").queryAll()).as("one overdue cell").hasSize(1);
        Labeled overdue = lookup(".evaluation-overdue").query();
        assertThat(overdue.getText()).isEqualTo(DATE.format(today.minusDays(20)) + " (te laat)");
        assertThat(overdue.getGraphic()).as("an icon, not colour alone").isNotNull();
        assertThat(lookup(DATE.format(today.minusDays(3))).tryQuery()).as("within T9's grace days: the date, not 'te laat'").isPresent();
        assertThat(lookup(DATE.format(today.plusWeeks(2))).tryQuery()).as("a date ahead is shown plainly").isPresent();
    }

    private UUID familyWithEvaluation(String name, LocalDate next) {
        UUID id = session().caseload().createFamily(name).join();
        session().plan().start(id).join();
        LocalDate agreedOn = LocalDate.now().minusWeeks(10);
        session().plan().agree(id, DATE.format(agreedOn), Parties.expected(session().plan().read(id), agreedOn), 6).join();
        session().vault().records().patch(PlanIds.plan(id), Map.of(Plan.Field.NEXT_EVALUATION_ON, DATE.format(next))).join();
        return id;
    }
}
