package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One goal: its place, the effect text and the status on one line; the rest (for whom, life domains, voiced by,
 * target date, stop reason, the "wie doet wat" lines) in a part that is built the first time it opens, so a plan of
 * thirty goals opens at once. FX thread only.
 */
final class GoalRow {
    private final Localization localization;
    private final PlanViewModel model;
    private final PlanFields fields;
    private final UUID goalId;
    private final VBox root = new VBox(6);
    private final Label rank = new Label();
    private final TextField text;
    private final AutosavedText goalText;
    private final AutosavedChoice<GoalStatus> status;
    private final Label summary = new Label();
    private final ToggleButton open = new ToggleButton();
    private ComboBox<GoalStatus> statusBox;
    private Button up;
    private Button down;
    private Button delete;
    private final Map<UUID, ActionRow> actions = new LinkedHashMap<>();
    private GoalDetails details;
    private Goal goal;
    private List<Action> goalActions = List.of();
    private PlanViewModel.Reading reading;
    private int number;

    GoalRow(Localization localization, PlanViewModel model, Goal goal, boolean editable, ProblemLabels problems) {
        this.localization = localization;
        this.model = model;
        this.goal = goal;
        this.goalId = goal.id();
        this.fields = new PlanFields(new RecordRef(RecordKind.PLAN_GOAL, goal.id(), goal.dossierId()), model, editable, problems);
        goalText = fields.text(Goal.Field.TEXT, goal.text());
        text = PlanForms.field(null, goalText, editable);
        text.setPromptText(localization.get("planscreen.goal.text.prompt"));
        HBox.setHgrow(text, Priority.ALWAYS);
        status = fields.choice(Goal.Field.STATUS, goal.status());
        status.valueProperty().addListener((observable, old, now) -> {
            if (details != null) {
                details.stopVisible(now);
            }
            showSummary();
        });
        rank.getStyleClass().addAll(Styles.TITLE_4, "plan-goal-rank");
        rank.setMinWidth(28);
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, "plan-goal-summary");
        summary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        open.setGraphic(Icons.of(Material2MZ.UNFOLD_MORE));
        open.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        open.setAccessibleText(localization.get("planscreen.goal.open"));
        open.selectedProperty().addListener((observable, was, now) -> showDetails(now));
        HBox line = new HBox(8, rank, text, summary, open);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("plan-goal-line");
        root.getChildren().setAll(line);
        root.getStyleClass().add("plan-goal");
    }

    /** The goal's tools, built with its details: status, up, down, delete. */
    private HBox tools() {
        boolean editable = fields.editable();
        statusBox = PlanForms.combo(null, Arrays.asList(GoalStatus.values()),
                value -> PlanLabels.label(localization, value), status, editable);
        statusBox.setPrefWidth(200);
        up = iconButton(Material2AL.ARROW_UPWARD, "planscreen.goal.up", () -> model.moveGoal(goalId, -1));
        down = iconButton(Material2AL.ARROW_DOWNWARD, "planscreen.goal.down", () -> model.moveGoal(goalId, 1));
        delete = iconButton(Material2AL.DELETE_OUTLINE, "planscreen.goal.delete", () -> model.delete(fields.ref()));
        for (Button button : List.of(up, down, delete)) {
            button.setVisible(editable);
            button.managedProperty().bind(button.visibleProperty());
            button.setFocusTraversable(false);
        }
        HBox tools = new HBox(8, PlanForms.labelled(localization, "planscreen.goal.status", statusBox), up, down, delete);
        tools.setAlignment(Pos.BOTTOM_LEFT);
        return tools;
    }

    private void showSummary() {
        String target = goal.targetDate() == null || goal.targetDate().isBlank() ? "" : goal.targetDate();
        summary.setText(localization.get("planscreen.goal.summary", PlanLabels.label(localization, status.value()),
                goalActions.size(), target.isEmpty() ? "—" : target));
    }

    private Button iconButton(org.kordamp.ikonli.Ikon icon, String key, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(localization.get(key)));
        button.setAccessibleText(localization.get(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    UUID goalId() {
        return goalId;
    }

    void number(int place) {
        if (place == number) {
            return;
        }
        number = place;
        rank.setText(place + ".");
        String suffix = "-" + place;
        root.setId("goal" + suffix);
        text.setId("goalText" + suffix);
        summary.setId("goalSummary" + suffix);
        open.setId("goalOpen" + suffix);
        if (details != null) {
            statusBox.setId("goalStatus" + suffix);
            up.setId("goalUp" + suffix);
            down.setId("goalDown" + suffix);
            delete.setId("goalDelete" + suffix);
            details.number(place);
        }
        numberActions();
    }

    private void numberActions() {
        int line = 1;
        for (ActionRow row : actions.values()) {
            row.number(number, line++);
        }
    }

    void show(PlanViewModel.Reading read, Goal stored, List<Action> storedActions) {
        this.reading = read;
        this.goal = stored;
        this.goalActions = storedActions;
        goalText.showStored(stored.text());
        status.showStored(stored.status());
        showSummary();
        if (details != null) {
            details.show(read, stored);
            showActions();
        }
    }

    void open(boolean shown) {
        open.setSelected(shown);
    }

    boolean isOpen() {
        return open.isSelected();
    }

    private void showDetails(boolean shown) {
        if (shown && details == null) {
            details = new GoalDetails(localization, model, fields, goal, this::addAction);
            ((VBox) details.root()).getChildren().add(0, tools());
            int place = number;
            number = 0;
            number(place);
            details.show(reading, goal);
            showActions();
        }
        if (details != null) {
            if (shown && !root.getChildren().contains(details.root())) {
                root.getChildren().add(details.root());
            } else if (!shown) {
                root.getChildren().remove(details.root());
            }
        }
    }

    private void addAction() {
        model.addAction(goalId);
    }

    private void showActions() {
        List<PlanPeople.Owner> owners = PlanPeople.of(reading.plan().dossier(), localization)
                .owners(localization.get("planscreen.action.other"));
        Map<UUID, ActionRow> kept = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (Action action : goalActions) {
            ActionRow row = actions.get(action.id());
            if (row == null) {
                row = new ActionRow(localization, model, action, owners, fields.editable(), fields.problems());
            } else {
                row.show(action, owners);
            }
            kept.put(action.id(), row);
            nodes.add(row.root());
        }
        actions.clear();
        actions.putAll(kept);
        details.actions(nodes);
        numberActions();
    }

    /**
     * The control of {@code field} of a record of this goal: the goal's target date (its details opened), else its
     * text; an action's field, else its owner. Null when the record is not here.
     */
    Node editorOf(RecordRef ref, String field) {
        if (ref.id().equals(goalId)) {
            if (Goal.Field.TARGET_DATE.equals(field)) {
                open(true);
                if (details != null) {
                    return details.targetField();
                }
            }
            return text;
        }
        ActionRow row = actions.get(ref.id());
        if (row == null && goalActions.stream().anyMatch(action -> action.id().equals(ref.id()))) {
            open(true);
            row = actions.get(ref.id());
        }
        return row == null ? null : row.editorOf(field);
    }

    Node root() {
        return root;
    }

    Node text() {
        return text;
    }
}
