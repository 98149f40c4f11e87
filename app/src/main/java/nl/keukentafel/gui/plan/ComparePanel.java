package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.plan.PlanDiff;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.PlanSnapshot;
import nl.keukentafel.model.plan.PlanVersion;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Two versions side by side (any two agreed versions, or one with the draft): each goal and action with a mark for
 * added, removed, changed (which fields), moved or unchanged, told by colour, an icon and a word, never colour
 * alone. FX thread only.
 */
final class ComparePanel {
    private final Localization localization;
    private final PlanViewModel model;
    private final VBox root = new VBox(12);
    private final ComboBox<PlanBar.Choice> left = choices("compareLeft");
    private final ComboBox<PlanBar.Choice> right = choices("compareRight");
    private final GridPane result = new GridPane();
    private final Label summary = new Label();

    ComparePanel(Localization localization, PlanViewModel model, Runnable close) {
        this.localization = localization;
        this.model = model;
        root.setId("comparePanel");
        EscapeGoesBack.closesFirst(root, close);
        root.getStyleClass().addAll("plan-overlay", Styles.ELEVATED_3);
        root.setMaxWidth(980);
        left.valueProperty().addListener((observable, old, now) -> compare());
        right.valueProperty().addListener((observable, old, now) -> compare());
        result.setId("compareResult");
        result.setHgap(12);
        result.setVgap(6);
        result.getColumnConstraints().setAll(PlanLayout.columns(40, 20, 40));
        summary.setId("compareSummary");
        summary.setWrapText(true);
        Button back = new Button(localization.get("planscreen.compare.close"), Icons.of(Material2AL.CLOSE));
        back.setId("compareClose");
        back.setOnAction(event -> close.run());
        HBox pick = new HBox(10, PlanForms.labelled(localization, "planscreen.compare.left", left),
                PlanForms.labelled(localization, "planscreen.compare.right", right));
        pick.setAlignment(Pos.BOTTOM_LEFT);
        ScrollPane scroll = new ScrollPane(result);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        scroll.getStyleClass().add("edge-to-edge");
        root.getChildren().setAll(PlanForms.heading(localization, "planscreen.compare.title"), pick, summary, scroll, back);
    }

    private static ComboBox<PlanBar.Choice> choices(String id) {
        ComboBox<PlanBar.Choice> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PlanBar.Choice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public PlanBar.Choice fromString(String text) {
                return box.getItems().stream().filter(choice -> choice.label().equals(text)).findFirst().orElse(null);
            }
        });
        box.setPrefWidth(380);
        return box;
    }

    /** The versions to choose from; the latest agreed version against the draft to begin with. */
    void open() {
        List<PlanBar.Choice> choices = new ArrayList<>();
        List<PlanVersion> versions = model.versions();
        for (int index = versions.size() - 1; index >= 0; index--) {
            PlanVersion version = versions.get(index);
            choices.add(new PlanBar.Choice(version.id(), localization.get("planscreen.compare.version", index + 1,
                    version.agreedOn() == null ? "" : version.agreedOn())));
        }
        choices.add(new PlanBar.Choice(null, localization.get("planscreen.draft")));
        left.getItems().setAll(choices);
        right.getItems().setAll(choices);
        left.setValue(choices.get(0));
        right.setValue(choices.get(choices.size() - 1));
        compare();
    }

    private void compare() {
        PlanBar.Choice older = left.getValue();
        PlanBar.Choice newer = right.getValue();
        result.getChildren().clear();
        if (older == null || newer == null) {
            return;
        }
        PlanSnapshot before = model.snapshotOf(older.id());
        PlanSnapshot after = model.snapshotOf(newer.id());
        PlanDiff diff = model.compare(older.id(), newer.id());
        Map<UUID, Goal> oldGoals = byId(before.goals(), Goal::id);
        Map<UUID, Goal> newGoals = byId(after.goals(), Goal::id);
        Map<UUID, Action> oldActions = byId(before.actions(), Action::id);
        Map<UUID, Action> newActions = byId(after.actions(), Action::id);
        result.addRow(0, columnTitle(older.label()), columnTitle(localization.get("planscreen.compare.change")),
                columnTitle(newer.label()));
        int row = 1;
        int place = 1;
        for (PlanDiff.GoalDiff goal : diff.goals()) {
            String suffix = "-" + place++;
            result.addRow(row++, text("compareOld" + suffix, goalText(oldGoals.get(goal.goalId())), true),
                    mark("compareMark" + suffix, goal.change(), goal.changedFields()),
                    text("compareNew" + suffix, goalText(newGoals.get(goal.goalId())), true));
            int line = 1;
            for (PlanDiff.ActionDiff action : goal.actions()) {
                String actionSuffix = suffix + "-" + line++;
                result.addRow(row++, text("compareOldAction" + actionSuffix, actionText(oldActions.get(action.actionId())), false),
                        mark("compareActionMark" + actionSuffix, action.change(), action.changedFields()),
                        text("compareNewAction" + actionSuffix, actionText(newActions.get(action.actionId())), false));
            }
        }
        long touched = diff.goals().stream().filter(PlanDiff.GoalDiff::touched).count();
        String planFields = diff.planFields().stream().map(this::fieldLabel).distinct().sorted().collect(Collectors.joining(", "));
        summary.setText(diff.unchanged() ? localization.get("planscreen.compare.same")
                : localization.get("planscreen.compare.summary", touched, planFields.isEmpty() ? "—" : planFields));
    }

    private Label columnTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setWrapText(true);
        return label;
    }

    private static String goalText(Goal goal) {
        return goal == null ? null : goal.text() == null ? "" : goal.text();
    }

    private static String actionText(Action action) {
        return action == null ? null : "– " + (action.what() == null ? "" : action.what());
    }

    private Node text(String id, String text, boolean goal) {
        Label label = new Label(text == null ? "" : text);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(goal ? "plan-compare-goal" : "plan-compare-action");
        return label;
    }

    private Node mark(String id, PlanDiff.Change change, Set<String> fields) {
        boolean moved = fields.contains(PlanDiff.MOVED);
        Ikon icon = switch (change) {
            case ADDED -> Material2AL.ADD_CIRCLE_OUTLINE;
            case REMOVED -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
            case CHANGED -> moved && fields.size() == 1 ? Material2AL.IMPORT_EXPORT : Material2AL.EDIT;
            case UNCHANGED -> Material2AL.CHECK;
        };
        String text = switch (change) {
            case ADDED -> localization.get("planscreen.compare.added");
            case REMOVED -> localization.get("planscreen.compare.removed");
            case UNCHANGED -> localization.get("planscreen.compare.unchanged");
            case CHANGED -> localization.get("planscreen.compare.changed", fields.stream().map(this::fieldLabel).distinct().sorted()
                    .collect(Collectors.joining(", ")));
        };
        Label label = new Label(text, Icons.of(icon));
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll("plan-change", "plan-change-" + change.name().toLowerCase(java.util.Locale.ROOT));
        return label;
    }

    /** A stored field's name on screen, e.g. {@code targetDate} → "streefdatum". */
    private String fieldLabel(String field) {
        String key = FIELD_LABELS.get(field);
        return key == null ? field : localization.get(key);
    }

    /** The stored fields of goals, actions and the plan that a comparison can name. */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry(PlanDiff.MOVED, "planscreen.field.moved"),
            Map.entry(Goal.Field.TEXT, "planscreen.field.text"),
            Map.entry(Goal.Field.MEMBER_IDS, "planscreen.field.members"),
            Map.entry(Goal.Field.DOMAIN_CODES, "planscreen.field.domains"),
            Map.entry(Goal.Field.VOICED_BY, "planscreen.field.voicedBy"),
            Map.entry(Goal.Field.VOICED_BY_NAME, "planscreen.field.voicedByName"),
            Map.entry(Goal.Field.TARGET_DATE, "planscreen.field.targetDate"),
            Map.entry(Goal.Field.STATUS, "planscreen.field.status"),
            Map.entry(Goal.Field.STOP_REASON, "planscreen.field.stopReason"),
            Map.entry(Action.Field.GOAL_ID, "planscreen.field.goal"),
            Map.entry(Action.Field.OWNER_KIND, "planscreen.field.owner"),
            Map.entry(Action.Field.OWNER_ID, "planscreen.field.owner"),
            Map.entry(Action.Field.OWNER_NAME, "planscreen.field.owner"),
            Map.entry(Action.Field.WHAT, "planscreen.field.what"),
            Map.entry(Action.Field.DUE_DATE, "planscreen.field.due"),
            Map.entry(Action.Field.NOTE, "planscreen.field.note"),
            Map.entry(nl.keukentafel.model.plan.Plan.Field.PROBLEM_ANALYSIS, "planscreen.field.problemAnalysis"),
            Map.entry(nl.keukentafel.model.plan.Plan.Field.GOES_WELL, "planscreen.field.goesWell"),
            Map.entry(nl.keukentafel.model.plan.Plan.Field.PERSPECTIVE, "planscreen.field.perspective"),
            Map.entry(nl.keukentafel.model.plan.Plan.Field.MEMBER_PERSPECTIVES, "planscreen.field.memberPerspectives"),
            Map.entry(nl.keukentafel.model.plan.Plan.Field.FGP_OFFERED_ON, "planscreen.field.fgp"),
            Map.entry(nl.keukentafel.model.plan.Plan.Field.FGP_OUTCOME, "planscreen.field.fgp"),
            Map.entry(nl.keukentafel.model.plan.Plan.Field.FGP_REASON, "planscreen.field.fgp"),
            Map.entry(nl.keukentafel.model.plan.Plan.Field.STARTED_ON, "planscreen.field.startedOn"),
            Map.entry(nl.keukentafel.model.plan.Plan.Field.NEXT_EVALUATION_ON, "planscreen.field.nextEvaluation"),
            Map.entry(nl.keukentafel.model.plan.Plan.Field.REFERRER_CONTACT_ID, "planscreen.field.referrer"));

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
    }

    Node root() {
        return root;
    }

    Node initialFocus() {
        return left;
    }

    static boolean same(PlanBar.Choice one, PlanBar.Choice other) {
        return Objects.equals(one == null ? null : one.id(), other == null ? null : other.id());
    }
}
