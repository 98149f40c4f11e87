package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.check.CheckViewModel;
import nl.keukentafel.logic.check.CheckReport;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.Test;

/**
 * The Toets tab (issue 12) in the real window: a family whose regisseur cannot be reached (no phone, no email). From the
 * caseload's count into the dossier, Ctrl+9 to the Toets tab, Enter on that finding lands in the regisseur's phone
 * field, typing the number settles it: the finding goes from the Toets tab and the caseload's count drops by one.
 */
class ToetsTabTest extends GuiTestBase {
    private static final String UNREACHABLE = "checkFinding-T7_unreachable";

    @Test
    void jumpFromAFindingToItsFieldFixItAndTheFindingAndOneOpenPointGo() {
        createVaultWithKeyboard();
        UUID dossier = session().caseload().createFamily("Familie Toetsma").join();
        session().vault().records().patch(new RecordRef(RecordKind.FAMILY, dossier, dossier), Map.of(
                Family.Field.REGISSEUR_NAME, "Anouk de Wit", Family.Field.REGISSEUR_ORGANISATION, "Wijkteam Noord")).join();
        CheckReport report = session().checker().check(dossier);
        int before = report.openCount();
        assertThat(before).as("the family has open findings, the regisseur's reach among them").isGreaterThan(1);

        clickOn("#caseloadSearch").write("Toe");
        waitUntil("the caseload's count", () -> openPointsCell().filter(cell -> String.valueOf(before).equals(cell.getText()))
                .isPresent());
        assertThat(openPointsCell().orElseThrow().getTooltip().getText()).as("the worst criterion")
                .contains(dutch.get(report.worst().orElseThrow().labelKey()));
        type(KeyCode.ENTER);
        waitUntil("dossier open", () -> lookup("#dossierTabs").tryQuery().isPresent());

        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        waitUntil("the check shown", () -> item(UNREACHABLE).isPresent());
        assertThat(lookup("#checkSummary").queryLabeled().getText()).startsWith(before + " open punten");
        interact(() -> list().getSelectionModel().select(item(UNREACHABLE).orElseThrow()));
        assertFocus("checkList");
        type(KeyCode.ENTER);
        waitUntil("the regisseur's phone has the keyboard", () -> focused() instanceof TextField field
                && "regisseurPhone".equals(field.getId()));
        write("0612345678");

        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        waitUntil("the finding gone", () -> !list().getItems().isEmpty() && item(UNREACHABLE).isEmpty());
        assertThat(lookup("#checkSummary").queryLabeled().getText()).startsWith((before - 1) + " open punt");

        type(KeyCode.ESCAPE);
        waitUntil("the caseload's count dropped", () -> openPointsCell()
                .filter(cell -> String.valueOf(before - 1).equals(cell.getText())).isPresent());
    }

    @SuppressWarnings("unchecked")
    private ListView<CheckViewModel.Line> list() {
        return lookup("#checkList").queryAs(ListView.class);
    }

    private Optional<CheckViewModel.Line> item(String id) {
        return list().getItems().stream().filter(line -> line.id().equals(id)).findFirst();
    }

    private Optional<TableCell<?, ?>> openPointsCell() {
        return lookup("#caseloadTable .table-cell").queryAll().stream().<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() != null && "openPointsColumn".equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getText() != null && !cell.getText().isBlank()).findFirst();
    }
}
