package nl.keukentafel.gui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.plan.Parties;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.logic.print.PrintDocument;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.store.AuditLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The print dialog on a real vault with an agreed plan: a preview of the rendered pages, the plain-language finding
 * for a goal with jargon, safe default sections per document, "Opslaan als PDF" and "Afdrukken" both audited.
 */
class PrintDialogTest extends WindowTestBase {
    private Session session;
    private UUID dossier;
    private Path target;
    private final List<byte[]> printed = new ArrayList<>();

    @Override
    protected void showFirst() throws Exception {
        session = sessions.create(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), consultantName());
        dossier = session.caseload().createFamily("Gezin Bakker").join();
        UUID anna = session.vault().records().create(RecordKind.MEMBER, dossier, Map.of(Member.Field.GIVEN_NAME, "Anna",
                Member.Field.FAMILY_NAME, "Bakker", Member.Field.ROLE, "PARENT", Member.Field.BIRTH_DATE, "14-03-1986")).join().id();
        session.intake().start(dossier, DomainLists.defaultList(), "01-11-2026").join();
        PlanService plan = session.plan();
        plan.start(dossier).join();
        RecordRef goal = plan.addGoal(dossier, "Anna krijgt een beschikking voor ambulante hulp.").join();
        RecordRef action = plan.addAction(dossier, goal.id()).join();
        session.vault().records().patch(action, Map.of(Action.Field.OWNER_KIND, OwnerKind.MEMBER.name(), Action.Field.OWNER_ID, anna,
                Action.Field.WHAT, "Belt de gemeente", Action.Field.DUE_DATE, "15-11-2026")).join();
        plan.agree(dossier, "05-11-2026", Parties.expected(plan.read(dossier), plan.today()), 6).join();
        plan.startEvaluation(dossier, "20-11-2026").join();
        plan.startEvaluation(dossier, "01-12-2026").join();
        target = directory.resolve("werkplan-ouders.pdf");
        PrintViewModel model = new PrintViewModel(session.print(), dossier, PrintDocument.OUDERS, new CurrentThreadTaskExecutor(),
                Clock.systemDefaultZone(), dutch, (pdf, job) -> printed.add(pdf));
        PrintView view = new PrintView(model, dutch, window -> Optional.of(target));
        show(view::root, view::activate);
    }

    private List<AuditLog.Entry> audit() {
        return session.vault().audit().forDossier(dossier);
    }

    @Test
    void previewFindingsSafeSectionsSaveAndPrintAllAudited() throws Exception {
        assertThat(lookup("#printPage1").tryQuery()).as("the first page in the preview; status: %s",
                lookup("#printStatus").queryLabeled().getText()).isPresent();
        ListView<?> findings = lookup("#printFindings").queryAs(ListView.class);
        assertThat(findings.getItems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lookup("#printFindings").queryAs(ListView.class).lookupAll(".list-cell").stream()
                .map(cell -> ((javafx.scene.control.ListCell<?>) cell).getText()).filter(text -> text != null).toList())
                .anyMatch(text -> text.startsWith("Doel 1: Moeilijk woord: beschikking. Beter: besluit."));
        assertThat(lookup("#printSection-ANALYSIS").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        assertThat(lookup("#printSection-CONTACTS").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();

        interact(() -> lookup("#printDocumentChoice").queryAs(ComboBox.class).setValue(PrintDocument.KIND));
        assertThat(lookup("#printSection-ANALYSIS").tryQuery()).as("no analysis for a child").isEmpty();
        assertThat(lookup("#printPage1").tryQuery()).isPresent();

        clickOn("#printSaveButton");
        assertThat(lookup("#printStatus").queryLabeled().getText()).startsWith("Opgeslagen als werkplan-ouders.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(target))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Gezinsplan Gezin Bakker voor jou");
        }
        clickOn("#printPrintButton");
        assertThat(printed).hasSize(1);
        assertThat(lookup("#printStatus").queryLabeled().getText()).isEqualTo("Naar de printer gestuurd.");
        assertThat(audit()).extracting(AuditLog.Entry::action, AuditLog.Entry::detail)
                .contains(tuple("export", "print kind"), tuple("print", "print kind"));
    }

    @Test
    void theEvaluatieverslagCanBeMadeOfAnEarlierEvaluation() throws Exception {
        assertThat(lookup("#printEvaluationRow").query().isVisible()).as("no evaluation choice for the parent plan").isFalse();

        interact(() -> lookup("#printDocumentChoice").queryAs(ComboBox.class).setValue(PrintDocument.EVALUATIE));
        ComboBox<?> evaluations = lookup("#printEvaluationChoice").queryAs(ComboBox.class);
        assertThat(lookup("#printEvaluationRow").query().isVisible()).isTrue();
        assertThat(evaluations.getItems()).extracting(item -> ((PrintViewModel.EvaluationChoice) item).heldOn())
                .containsExactly("01-12-2026", "20-11-2026");
        assertThat(evaluations.getValue()).extracting(item -> ((PrintViewModel.EvaluationChoice) item).heldOn()).isEqualTo("01-12-2026");

        clickOn("#printEvaluationChoice");
        type(javafx.scene.input.KeyCode.DOWN);
        type(javafx.scene.input.KeyCode.ENTER);
        clickOn("#printSaveButton");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(target))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Evaluatieverslag Gezin Bakker, 20-11-2026");
        }
    }
}
