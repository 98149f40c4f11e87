package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.plan.PlanProblem;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.PlanSnapshot;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The werkplan's sections for one snapshot, in reading order: analysis, goals with their actions, the "wie doet wat
 * wanneer" overview, coordination, referrals and familiegroepsplan. One editable instance shows the draft; an agreed
 * version gets its own read-only one. FX thread only.
 */
final class PlanContent {
    private final Localization localization;
    private final boolean editable;
    private final VBox root = new VBox(28);
    private final VBox problemList = new VBox(4);
    private final GoalsSection goals;
    private final AnalysisSection analysis;
    private final List<PlanSection> sections;
    private final ProblemLabels problems;

    PlanContent(Localization localization, PlanViewModel model, boolean editable) {
        this.localization = localization;
        this.editable = editable;
        this.problems = new ProblemLabels(localization);
        analysis = new AnalysisSection(localization, model, editable);
        goals = new GoalsSection(localization, model, editable, problems);
        sections = List.of(analysis, goals, new WhoDoesWhatSection(localization),
                new CoordinationSection(localization, model, editable),
                new ReferralsSection(localization, model, editable));
        problemList.setId(editable ? "planProblems" : null);
        problemList.getStyleClass().add("plan-problems");
        problemList.managedProperty().bind(problemList.visibleProperty());
        problemList.setVisible(false);
        root.getChildren().add(problemList);
        root.getChildren().addAll(analysis.root(), goals.root());
        // the overview, coordination and referrals lie below the fold: they join just after the first frame
        AfterFirstFrame.run(() -> sections.stream().skip(2).forEach(section -> root.getChildren().add(section.root())));
        root.getStyleClass().add("plan-content");
    }

    Node root() {
        return root;
    }

    boolean editable() {
        return editable;
    }

    void show(PlanViewModel.Reading reading, PlanSnapshot shown) {
        sections.forEach(section -> section.show(reading, shown));
        if (editable) {
            showProblems(problems.show(reading.problems()));
        }
    }

    private void showProblems(List<PlanProblem> elsewhere) {
        problemList.getChildren().setAll(elsewhere.stream().map(problem -> {
            Label line = new Label(problem.text(localization), Icons.of(Material2AL.ERROR_OUTLINE));
            line.setWrapText(true);
            line.getStyleClass().add(Styles.WARNING);
            return (Node) line;
        }).toList());
        problemList.setVisible(!elsewhere.isEmpty());
    }

    Optional<Node> editorOf(RecordRef ref) {
        return editorOf(ref, null);
    }

    Optional<Node> editorOf(RecordRef ref, String field) {
        for (PlanSection section : sections) {
            Optional<Node> editor = section.editorOf(ref, field);
            if (editor.isPresent()) {
                return editor;
            }
        }
        return Optional.empty();
    }

    Optional<UUID> goalOf(Node node) {
        return goals.goalOf(node);
    }

    Node firstField() {
        return analysis.firstField().orElse(root);
    }
}
