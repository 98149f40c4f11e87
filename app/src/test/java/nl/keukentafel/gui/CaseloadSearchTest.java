package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.store.CaseloadQuery;
import org.junit.jupiter.api.Test;

class CaseloadSearchTest extends GuiTestBase {
    @Test
    void theListFiltersAsYouType() {
        createVaultWithKeyboard();
        UUID zonnebloem = session().caseload().createFamily("Familie Zonnebloem").join();
        session().caseload().createFamily("Familie de Wit").join();
        session().caseload().createFamily("Familie Öztürk").join();
        var karim = session().dossiers().addMember(zonnebloem, HouseholdRole.PARENT).join();
        session().vault().records().patch(karim, Map.of(Member.Field.GIVEN_NAME, "Karim")).join();

        TableView<CaseloadQuery.Row> table = lookup("#caseloadTable").queryTableView();
        clickOn("#caseloadSearch").write("fam");
        assertThat(table.getItems()).hasSize(3);
        write(" w");
        assertThat(table.getItems()).extracting(CaseloadQuery.Row::householdName).containsExactly("Familie de Wit");
        eraseText(5).write("ozt");
        assertThat(table.getItems()).extracting(CaseloadQuery.Row::householdName).containsExactly("Familie Öztürk");
        eraseText(3).write("karim");
        assertThat(table.getItems()).extracting(CaseloadQuery.Row::householdName).containsExactly("Familie Zonnebloem");
        eraseText(5).write("niemand");
        assertThat(table.getItems()).isEmpty();
        assertThat(lookup("#caseloadEmpty").queryLabeled().getText()).contains("niemand");

        type(KeyCode.ESCAPE);
        assertThat(table.getItems()).hasSize(3);
    }
}
