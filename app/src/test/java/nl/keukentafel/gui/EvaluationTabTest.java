package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.plan.Parties;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.ScaleDirection;
import nl.keukentafel.model.plan.ScaleTarget;
import org.junit.jupiter.api.Test;

/**
 * The Evaluatie tab on a real vault: a mother with Daan 9, Sem 11 and Lotte 14, the father elsewhere, school, JGZ and
 * GP, and a plan of three goals agreed through the plan's use cases. An evaluation, a scaling up to Veilig Thuis,
 * closing refused while the school is not informed, closing, reopening.
 */
class EvaluationTabTest extends GuiTestBase {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private final LocalDate today = LocalDate.now();
    private final String todayText = DATE.format(today);
    private UUID dossier;
    private UUID school;
    private final List<UUID> children = new java.util.ArrayList<>();
    private final List<UUID> goals = new java.util.ArrayList<>();

    @Test
    void evaluateScaleUpCloseOnlyWhenEveryPartnerIsInformedAndReopen() {
        createVaultWithKeyboard();
        familyWithAgreedPlan();
        clickOn("#caseloadSearch").write("Jansen").type(KeyCode.ENTER);
        clickOn("#evaluationTab");

        clickOn("#newEvaluationDate").push(KeyCode.CONTROL, KeyCode.A).write(DATE.format(today.plusDays(5)));
        clickOn("#newEvaluationButton");
        assertThat(lookup("#evaluationMessage").queryLabeled().getText()).contains("meer dan een dag in de toekomst");
        assertThat(plan().evaluations()).isEmpty();

        clickOn("#newEvaluationDate").push(KeyCode.CONTROL, KeyCode.A).write(todayText);
        clickOn("#newEvaluationButton");
        Evaluation evaluation = plan().evaluations().getFirst();
        String at = "-" + evaluation.id() + "-";
        select("#result" + at + goals.get(0), GoalResult.ACHIEVED);
        select("#decision" + at + goals.get(0), GoalDecision.STOP);
        select("#decision" + at + goals.get(1), GoalDecision.ADJUST);
        assertThat(lookup("#adjustGoal" + at + goals.get(1)).query().isVisible()).as("adjusting leads to the plan").isTrue();
        for (UUID child : children) {
            assertThat(lookup("#safetyFirst" + at + child).queryAs(javafx.scene.layout.VBox.class).getChildren())
                    .as("the start beside now").anySatisfy(node -> assertThat(node).isInstanceOf(javafx.scene.control.Label.class));
            SafetyAssessment now = intakeNow(child, evaluation.id());
            select("#currentSafety-" + now.id(), SafetyJudgement.values()[0]);
        }
        Evaluation reviewed = plan().evaluations().getFirst();
        assertThat(reviewed.reviews()).filteredOn(review -> review.goalId().equals(goals.get(0))).singleElement()
                .satisfies(review -> assertThat(review.result()).isEqualTo(GoalResult.ACHIEVED));
        assertThat(reviewed.reviews()).filteredOn(review -> review.goalId().equals(goals.get(1))).singleElement()
                .satisfies(review -> assertThat(review.decision()).isEqualTo(GoalDecision.ADJUST));
        assertThat(session().intake().read(dossier).assessments()).filteredOn(a -> reviewed.id().equals(a.evaluationId()))
                .hasSize(3).allSatisfy(a -> assertThat(a.currentSafety()).isNotNull());

        clickShown("#addScalingButton");
        String scaling = "-" + plan().scalings().getFirst().id();
        select("#scaleDirection" + scaling, ScaleDirection.UP);
        select("#scaleTarget" + scaling, ScaleTarget.VEILIG_THUIS);
        clickShown("#scaleWhy" + scaling).write("Geweld thuis gemeld door school");

        select("#closureReason", ClosureReason.GOALS_MET);
        for (Contact contact : session().dossiers().read(dossier).contacts()) {
            if (!contact.id().equals(school)) {
                clickShown("#informedOn-" + contact.id()).write(todayText);
            }
        }
        clickShown("#closeButton");
        assertThat(lookup("#evaluationMessage").queryLabeled().getText()).contains("Basisschool De Regenboog");
        assertThat(plan().closed()).isFalse();

        clickShown("#skippedReason-" + school).write("Kinderen zitten niet meer op deze school");
        clickShown("#draftReportButton");
        assertThat(lookup("#endReport").queryAs(TextArea.class).getText()).isNotBlank();
        clickShown("#closeButton");
        assertThat(plan().closed()).isTrue();
        assertThat(lookup("#closedBanner").query().isVisible()).isTrue();
        assertThat(lookup("#evaluationNotes-" + evaluation.id()).queryAs(TextArea.class).isEditable()).isFalse();
        assertThat(lookup("#newEvaluationButton").query().isDisabled()).isTrue();

        clickOn("#reopenReason").write("Nieuwe zorgen over Lotte");
        clickOn("#reopenButton");
        assertThat(plan().closed()).isFalse();
        assertThat(plan().closure().orElseThrow().reopenReason()).isEqualTo("Nieuwe zorgen over Lotte");
        assertThat(lookup("#closedBanner").query().isVisible()).isFalse();
        assertThat(lookup("#evaluationNotes-" + evaluation.id()).queryAs(TextArea.class).isEditable()).isTrue();
    }

    /** The pictures in docs/screenshots (35-…), at 1024×700; only with {@code -Dkeukentafel.screenshots=DIR}. */
    @Test
    void anOverdueEvaluationIsMovedFromItsFindingByKeyboardAndThePastIsRefused() {
        createVaultWithKeyboard();
        familyWithAgreedPlan();
        String planned = plan().plan().orElseThrow().nextEvaluationOn();
        clickOn("#caseloadSearch").write("Jansen").type(KeyCode.ENTER);
        waitUntil("dossier open", () -> lookup("#dossierTabs").tryQuery().isPresent());

        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        waitUntil("the overdue evaluation among the findings", () -> overdueFinding().isPresent());
        interact(() -> checkList().getSelectionModel().select(overdueFinding().orElseThrow()));
        interact(() -> checkList().requestFocus());
        type(KeyCode.ENTER);
        waitUntil("the planned date has the keyboard", () -> stage.getScene().getFocusOwner() instanceof TextField field
                && "nextEvaluationOn".equals(field.getId()));
        assertThat(lookup("#nextEvaluationOn").queryTextInputControl().getText()).isEqualTo(planned);

        push(KeyCode.CONTROL, KeyCode.A).write(DATE.format(today.minusDays(1))).type(KeyCode.ENTER);
        waitUntil("refused", () -> lookup("#evaluationMessage").queryLabeled().getText().contains("die dag is voorbij"));
        assertThat(plan().plan().orElseThrow().nextEvaluationOn()).as("nothing changed").isEqualTo(planned);

        String moved = DATE.format(today.plusWeeks(3));
        push(KeyCode.CONTROL, KeyCode.A).write(moved).type(KeyCode.ENTER);
        waitUntil("saved", () -> moved.equals(plan().plan().orElseThrow().nextEvaluationOn()));
        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        waitUntil("the check read again", () -> !checkList().getItems().isEmpty());
        assertThat(overdueFinding()).as("no longer overdue").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.ListView<nl.keukentafel.gui.check.CheckViewModel.Line> checkList() {
        return lookup("#checkList").queryAs(javafx.scene.control.ListView.class);
    }

    private java.util.Optional<nl.keukentafel.gui.check.CheckViewModel.Line> overdueFinding() {
        return checkList().getItems().stream().filter(line -> line.id().startsWith("checkFinding-T9_overdue")).findFirst();
    }

    @Test
    void screenshots() throws Exception {
        String target = System.getProperty("keukentafel.screenshots");
        org.junit.jupiter.api.Assumptions.assumeTrue(target != null && !target.isBlank(), "screenshots only on request");
        interact(() -> {
            stage.setWidth(SMALL_SCREEN.width());
            stage.setHeight(SMALL_SCREEN.height());
        });
        createVaultWithKeyboard();
        familyWithAgreedPlan();
        clickOn("#caseloadSearch").write("Jansen").type(KeyCode.ENTER);
        clickOn("#evaluationTab");
        clickOn("#newEvaluationButton");
        Evaluation evaluation = plan().evaluations().getFirst();
        String at = "-" + evaluation.id() + "-";
        select("#result" + at + goals.get(0), GoalResult.ACHIEVED);
        select("#decision" + at + goals.get(0), GoalDecision.STOP);
        select("#result" + at + goals.get(1), GoalResult.PARTLY_ACHIEVED);
        select("#decision" + at + goals.get(1), GoalDecision.ADJUST);
        UUID marco = session().dossiers().read(dossier).members().get(1).id();
        select("#presence" + at + marco, nl.keukentafel.model.plan.Presence.NO_SHOW);
        snap(target, "35-evaluation-tab");
        clickShown("#reviewNote" + at + goals.get(1)).write("Lotte mist nog twee dagen per week");
        clickShown("#assessedOn-" + intakeNow(children.get(2), evaluation.id()).id());
        scrollToTop("#safety" + at + children.get(2));
        snap(target, "36-evaluation-safety");
        clickShown("#addScalingButton");
        String scaling = "-" + plan().scalings().getFirst().id();
        select("#scaleDirection" + scaling, ScaleDirection.UP);
        select("#scaleTarget" + scaling, ScaleTarget.VEILIG_THUIS);
        clickShown("#scaleWhy" + scaling).write("Geweld thuis gemeld door school");
        snap(target, "37-evaluation-scaling");
        select("#closureReason", ClosureReason.GOALS_MET);
        clickShown("#closeButton");
        snap(target, "38-evaluation-closure-refused");
        for (Contact contact : session().dossiers().read(dossier).contacts()) {
            clickShown("#informedOn-" + contact.id()).write(todayText);
        }
        clickShown("#draftReportButton");
        clickShown("#closeButton");
        interact(() -> lookup("#closedBanner").query().requestFocus());
        snap(target, "39-evaluation-closed");
    }

    /** Scrolls the tab so the node's top is at the top of the view (for a picture of a whole block). */
    private void scrollToTop(String id) {
        javafx.scene.Node node = lookup(id).query();
        javafx.scene.control.ScrollPane scroll = lookup("#evaluationScreen .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        interact(() -> {
            javafx.scene.Node content = scroll.getContent();
            double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
        });
    }

    private void snap(String directory, String name) throws java.io.IOException {
        writePng(windowShot(), java.nio.file.Path.of(directory, name + ".png"));
    }

    private PlanState plan() {
        return session().plan().read(dossier);
    }

    private SafetyAssessment intakeNow(UUID child, UUID evaluationId) {
        return session().intake().read(dossier).assessmentsOf(child).stream()
                .filter(assessment -> evaluationId.equals(assessment.evaluationId())).findFirst().orElseThrow();
    }

    /** Focus first (the tab scrolls the focused field into view, as for a keyboard user), then click. */
    private org.testfx.api.FxRobotInterface clickShown(String id) {
        javafx.scene.Node node = lookup(id).query();
        interact(node::requestFocus);
        return clickOn(id);
    }

    private <T> void select(String id, T value) {
        ComboBox<T> box = lookup(id).queryComboBox();
        interact(() -> box.getSelectionModel().select(value));
    }

    private void familyWithAgreedPlan() {
        Session session = session();
        dossier = session.caseload().createFamily("Familie Jansen").join();
        member(HouseholdRole.PARENT, "Sandra", today.minusYears(38), Gender.FEMALE, Residence.IN_HOUSEHOLD);
        member(HouseholdRole.PARENT, "Marco", today.minusYears(40), Gender.MALE, Residence.ELSEWHERE);
        String started = DATE.format(today.minusMonths(3));
        for (Object[] child : new Object[][] {{"Daan", 9}, {"Sem", 11}, {"Lotte", 14}}) {
            UUID id = member(HouseholdRole.CHILD, (String) child[0], today.minusYears((Integer) child[1]).minusMonths(2),
                    Gender.MALE, Residence.IN_HOUSEHOLD);
            children.add(id);
            RecordRef start = session.intake().addAssessment(dossier, id, started).join();
            session.vault().records().patch(start, Map.of(SafetyAssessment.Field.CURRENT_SAFETY, SafetyJudgement.values()[1].name(),
                    SafetyAssessment.Field.SIGNALS, "Ruzie thuis")).join();
        }
        school = contact("Basisschool De Regenboog", Sector.SCHOOL);
        contact("JGZ Zeeland", Sector.YOUTH_HEALTH);
        contact("Huisarts Pietersen", Sector.GENERAL_PRACTICE);
        session.plan().start(dossier).join();
        for (String goal : List.of("Lotte gaat elke dag naar school", "Er is rust in huis", "Sandra heeft haar geldzaken op orde")) {
            goals.add(session.plan().addGoal(dossier, goal).join().id());
        }
        String agreedOn = DATE.format(today.minusMonths(2));
        session.plan().agree(dossier, agreedOn, Parties.expected(session.plan().read(dossier), today.minusMonths(2)), 6).join();
    }

    private UUID member(HouseholdRole role, String givenName, LocalDate born, Gender gender, Residence residence) {
        RecordRef ref = session().dossiers().addMember(dossier, role).join();
        session().vault().records().patch(ref, Map.of(Member.Field.GIVEN_NAME, givenName, Member.Field.FAMILY_NAME, "Jansen",
                Member.Field.BIRTH_DATE, DATE.format(born), Member.Field.GENDER, gender.name(),
                Member.Field.RESIDENCE, residence.name())).join();
        return ref.id();
    }

    private UUID contact(String name, Sector sector) {
        RecordRef ref = session().dossiers().addContact(dossier, true).join();
        session().vault().records().patch(ref, Map.of(Contact.Field.NAME, name, Contact.Field.SECTOR, sector.name())).join();
        assertThat(ref.kind()).isEqualTo(RecordKind.CONTACT);
        return ref.id();
    }
}
