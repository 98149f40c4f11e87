package nl.keukentafel.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.settings.DomainListViewModel;
import org.junit.jupiter.api.Test;

/**
 * A municipality's list chosen in the settings is used by new intakes, while an intake made before keeps showing the
 * domains it was made with; a wrong file changes nothing and says why.
 */
class MunicipalityListTest extends IntakeGuiTestBase {
    private static final String MUNICIPALITY = """
            {"id": "den-helder-2026", "version": 3, "name": "Leefgebieden Den Helder",
             "levels": [{"score": 1, "label": "acuut"}, {"score": 2, "label": "niet zelfredzaam"}, {"score": 3, "label": "beperkt"},
                        {"score": 4, "label": "voldoende"}, {"score": 5, "label": "volledig"}],
             "domains": [{"code": "geld", "label": "Geld en schulden", "clientLabel": "Geld", "scope": "ADULT_AND_YOUTH"},
                         {"code": "thuis", "label": "Samenleven thuis", "clientLabel": "Thuis", "scope": "ADULT_AND_YOUTH"}]}
            """;

    @Test
    void anOldIntakeKeepsItsDomainsAfterTheListIsReplaced() throws Exception {
        createVaultWithKeyboard();
        createFamilyVos();
        openIntakeTab("Vos");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(lookup("#domain-financien").tryQuery()).as("the shipped list's domains").isPresent();
        type(KeyCode.ESCAPE);

        push(KeyCode.CONTROL, KeyCode.COMMA);
        assertThat(text("#activeDomainList")).contains("zrm-2017");
        Path wrong = directory.resolve("fout.json");
        Files.writeString(wrong, MUNICIPALITY.replace("\"label\": \"Samenleven thuis\", ", ""));
        interact(() -> settingsModel().replace(wrong));
        assertThat(text("#domainListMessage")).startsWith("Er is niets veranderd");
        assertThat(lookup("#domainListProblems").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();
        assertThat(text("#activeDomainList")).contains("zrm-2017");

        Path right = directory.resolve("den-helder.json");
        Files.writeString(right, MUNICIPALITY);
        interact(() -> settingsModel().replace(right));
        assertThat(text("#activeDomainList")).contains("Leefgebieden Den Helder").contains("3");
        snap("21-settings-domain-list");
        type(KeyCode.ESCAPE);

        session().caseload().createFamily("Familie Mus").join();
        openIntakeTab("Mus");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(lookup("#domain-geld").tryQuery()).as("a new intake uses the municipality list").isPresent();
        assertThat(lookup("#domain-financien").tryQuery()).isEmpty();
        type(KeyCode.ESCAPE);

        openIntakeTab("Vos");
        waitUntil("the old intake shown", () -> lookup("#domain-financien").tryQuery().isPresent());
        assertThat(lookup("#domain-geld").tryQuery()).as("the old intake does not get the new list").isEmpty();
        assertThat(((javafx.scene.control.TitledPane) lookup("#domain-financien").query()).getText()).startsWith("Financiën");
    }

    private DomainListViewModel settingsModel() {
        return (DomainListViewModel) lookup("#domainListSection").query().getProperties().get(DomainListViewModel.class);
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
