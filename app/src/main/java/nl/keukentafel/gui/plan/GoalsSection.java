package nl.keukentafel.gui.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.PlanSnapshot;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The goals in priority order, each with its "wie doet wat" lines. Rows are kept across reads (a field being typed
 * in keeps its focus and text) and only reordered when the priority changes. A plan of a few goals opens with every
 * goal open; a long plan opens them on demand. FX thread only.
 */
final class GoalsSection implements PlanSection {
    /** Up to this many goals all open when the tab opens; beyond it each opens on demand (Enter on its fold button). */
    static final int OPEN_UP_TO = 6;
    /** Goals shown in the first frame; the rest join just after it (below the fold at 1024×700 anyway). */
    static final int FIRST_FRAME = 8;

    private final Localization localization;
    private final PlanViewModel model;
    private final boolean editable;
    private final VBox root = new VBox(10);
    private final VBox rows = new VBox(8);
    private final Map<UUID, GoalRow> goalRows = new LinkedHashMap<>();
    private final Node empty;
    private final ProblemLabels problems;
    private boolean first = true;

    GoalsSection(Localization localization, PlanViewModel model, boolean editable, ProblemLabels problems) {
        this.localization = localization;
        this.problems = problems;
        this.model = model;
        this.editable = editable;
        Button add = new Button(localization.get("planscreen.goal.add"), Icons.of(Material2AL.ADD));
        add.setId(editable ? "addGoalButton" : null);
        add.setTooltip(new Tooltip(localization.get("planscreen.goal.add.tooltip")));
        add.setOnAction(event -> model.addGoal());
        add.setVisible(editable);
        add.managedProperty().bind(add.visibleProperty());
        empty = PlanForms.hint(localization, "planscreen.goal.none");
        rows.setId(editable ? "planGoals" : null);
        root.getChildren().setAll(PlanForms.heading(localization, "planscreen.goal.title"),
                PlanForms.hint(localization, editable ? "planscreen.goal.keys" : "planscreen.goal.readOnly"), empty, rows, add);
        root.getStyleClass().add("plan-section");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(PlanViewModel.Reading reading, PlanSnapshot shown) {
        boolean openAll = first && shown.goals().size() <= OPEN_UP_TO;
        List<Node> ordered = new ArrayList<>();
        Map<UUID, GoalRow> kept = new LinkedHashMap<>();
        int place = 1;
        for (Goal goal : shown.goals()) {
            GoalRow row = goalRows.get(goal.id());
            boolean added = row == null;
            if (added) {
                row = new GoalRow(localization, model, goal, editable, problems);
            }
            row.number(place++);
            row.show(reading, goal, shown.actionsOf(goal.id()));
            if (added && (openAll || !first)) {
                row.open(true);
            }
            kept.put(goal.id(), row);
            ordered.add(row.root());
        }
        goalRows.clear();
        goalRows.putAll(kept);
        if (first && ordered.size() > FIRST_FRAME) {
            rows.getChildren().setAll(ordered.subList(0, FIRST_FRAME));
            AfterFirstFrame.run(() -> {
                if (rows.getChildren().size() == FIRST_FRAME) {
                    rows.getChildren().setAll(goalRows.values().stream().map(GoalRow::root).toList());
                }
            });
        } else if (!rows.getChildren().equals(ordered)) {
            rows.getChildren().setAll(ordered);
        }
        empty.setVisible(ordered.isEmpty());
        empty.setManaged(ordered.isEmpty());
        first = false;
    }

    /** The goal whose row holds {@code node}, when any. */
    Optional<UUID> goalOf(Node node) {
        for (GoalRow row : goalRows.values()) {
            for (Node step = node; step != null; step = step.getParent()) {
                if (step == row.root()) {
                    return Optional.of(row.goalId());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref) {
        return editorOf(ref, null);
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref, String field) {
        for (GoalRow row : goalRows.values()) {
            Node editor = row.editorOf(ref, field);
            if (editor != null) {
                return Optional.of(editor);
            }
        }
        return Optional.empty();
    }
}
