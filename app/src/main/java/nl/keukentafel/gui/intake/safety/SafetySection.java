package nl.keukentafel.gui.intake.safety;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.intake.common.IntakeContext;
import nl.keukentafel.gui.intake.common.IntakeSection;
import nl.keukentafel.gui.intake.common.SectionForm;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.SafetyAssessment;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Veiligheid per kind": every child with its assessments, newest first, and a button to add one. The layout is
 * rebuilt only when children or assessments come or go, so a field being typed in keeps its focus. FX thread only.
 */
public final class SafetySection implements IntakeSection {
    private final Localization localization;
    private final SafetyViewModel model;
    private final VBox children = new VBox(18);
    private final VBox root;
    private final Map<UUID, AssessmentPane> panes = new HashMap<>();
    private final Map<UUID, Button> addButtons = new HashMap<>();
    private List<Object> shownShape = List.of();
    /** The child whose add button was just pressed: its new assessment takes the keyboard when it appears. */
    private UUID addedFor;

    public SafetySection(IntakeContext context) {
        this.localization = context.localization();
        this.model = new SafetyViewModel(context);
        Label error = SectionForm.messageLabel(localization, "safetyError", model.errorProperty());
        root = SectionForm.sectionRoot(localization, "safetySection", "safetyScreen.title", "safetyScreen.intro",
                error, children);
        model.childrenProperty().subscribe(this::layout);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(IntakeState state) {
        model.show(state);
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref, String field) {
        if (ref.kind() == RecordKind.MEMBER && OpenItem.ADD_ASSESSMENT.equals(field)) {
            return Optional.ofNullable(addButtons.get(ref.id()));
        }
        if (ref.kind() == RecordKind.SAFETY_ASSESSMENT) {
            AssessmentPane pane = panes.get(ref.id());
            if (pane == null) {
                return Optional.empty();
            }
            pane.setExpanded(true);
            return Optional.ofNullable(SafetyAssessment.Field.ASSESSED_ON.equals(field) ? pane.dateField()
                    : Optional.<Node>ofNullable(pane.lookup("#" + field + "-" + ref.id())).orElse(pane.dateField()));
        }
        return Optional.empty();
    }

    private void layout(List<SafetyViewModel.ChildAssessments> shown) {
        List<Object> shape = new ArrayList<>();
        shown.forEach(child -> {
            shape.add(child.child());
            shape.add(child.age());
            child.newestFirst().forEach(assessment -> shape.add(assessment.ref()));
        });
        if (shape.equals(shownShape)) {
            return;
        }
        shownShape = shape;
        children.getChildren().clear();
        if (shown.isEmpty()) {
            Label none = new Label(localization.get("safetyScreen.noChildren"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            children.getChildren().add(none);
        }
        for (SafetyViewModel.ChildAssessments child : shown) {
            children.getChildren().add(childBlock(child));
        }
    }

    private VBox childBlock(SafetyViewModel.ChildAssessments child) {
        UUID childId = child.child().id();
        String name = child.child().fullName().isBlank() ? localization.get("dossier.unnamed") : child.child().fullName();
        Label title = new Label(child.age().map(age -> localization.get("safetyScreen.childWithAge", name, age)).orElse(name));
        title.getStyleClass().add(Styles.TITLE_4);
        Button add = addButtons.computeIfAbsent(childId, id -> addButton(id));
        add.setTooltip(new Tooltip(localization.get("safetyScreen.add.tooltip", name)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, add);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox block = new VBox(8, header);
        block.setId("child-" + childId);
        block.getStyleClass().add("intake-child");
        if (child.newestFirst().isEmpty()) {
            Label none = new Label(localization.get("safetyScreen.none"));
            none.setId("noAssessment-" + childId);
            none.getStyleClass().add(Styles.WARNING);
            block.getChildren().add(none);
        }
        List<AssessmentViewModel> newestFirst = child.newestFirst();
        for (int index = 0; index < newestFirst.size(); index++) {
            AssessmentViewModel assessment = newestFirst.get(index);
            boolean newest = index == 0;
            // a pane seen for the first time opens when it is the newest; older ones start folded to keep the screen calm
            AssessmentPane pane = panes.computeIfAbsent(assessment.ref().id(), id -> {
                AssessmentPane created = new AssessmentPane(localization, assessment);
                created.setExpanded(newest);
                if (newest && childId.equals(addedFor)) {
                    // as Alt+O does for a member: the keyboard goes on in the new record, not back on the button
                    addedFor = null;
                    nl.keukentafel.gui.common.FocusWhenShown.request(created.dateField());
                }
                return created;
            });
            block.getChildren().add(pane);
        }
        return block;
    }

    private Button addButton(UUID childId) {
        Button add = new Button(localization.get("safetyScreen.add"), Icons.of(Material2AL.ADD));
        add.setId("addAssessment-" + childId);
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(event -> {
            addedFor = childId;
            model.addAssessment(childId);
        });
        return add;
    }
}
