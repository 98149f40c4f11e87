package nl.keukentafel.gui.evaluation;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.intake.common.SectionForm;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.Presence;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One evaluation, collapsible: date and notes, who was there, each goal's review, each child's safety now beside the
 * start, and the life-domain scores now beside the intake's. Node ids end in the evaluation's id (and the person's,
 * goal's, child's or domain's). Built once per layout; the fields are bound to the evaluation's models. FX thread only.
 */
final class EvaluationPane extends TitledPane {
    private static final List<Boolean> YES_NO = List.of(Boolean.TRUE, Boolean.FALSE);
    private static final List<Integer> SCORES = List.of(1, 2, 3, 4, 5);

    private final Localization localization;
    private final EvaluationItemModel model;
    private final String suffix;

    EvaluationPane(Localization localization, EvaluationItemModel model, Runnable toPlan) {
        this.localization = localization;
        this.model = model;
        this.suffix = "-" + model.ref().id();
        setId("evaluation" + suffix);
        getStyleClass().add("evaluation");
        textProperty().bind(Bindings.createStringBinding(() -> localization.get("evalscreen.evaluationOf",
                model.heldOn().text().text().isBlank() ? "—" : model.heldOn().text().text().strip()),
                model.heldOn().text().textProperty()));
        SectionForm form = new SectionForm(localization);
        form.marked("evalscreen.field.heldOn", "heldOn" + suffix, model.heldOn());
        form.endRow();
        form.area("evalscreen.field.notes", "evaluationNotes" + suffix, model.notes());
        VBox content = new VBox(14, form.grid(), attendance(), reviews(toPlan), safety(), scores());
        setContent(content);
    }

    private VBox attendance() {
        GridPane grid = lines(4);
        header(grid, "evalscreen.attendance.who", "evalscreen.attendance.presence", "evalscreen.attendance.reason",
                "evalscreen.attendance.referrerTold");
        int row = 1;
        for (AttendanceLine line : model.attendance()) {
            String key = suffix + "-" + (line.line().personId() == null ? "name" + row : line.line().personId());
            Label name = new Label(line.shownName().isBlank() ? localization.get("dossier.unnamed") : line.shownName());
            name.setWrapText(true);
            ComboBox<Presence> presence = Controls.choice(localization, "presence" + key, Arrays.asList(Presence.values()),
                    line.presence());
            TextField reason = Controls.text("absenceReason" + key, line.reason(), localization.get("evalscreen.attendance.reason.prompt"));
            ComboBox<Boolean> told = Controls.choice(localization, "referrerTold" + key, YES_NO,
                    yes -> localization.get(yes ? "evalscreen.yes" : "evalscreen.no"), line.referrerTold());
            Label problem = new Label(localization.get("evalscreen.attendance.missing"), Icons.of(Material2AL.ERROR_OUTLINE));
            problem.setId("attendanceProblem" + key);
            problem.getStyleClass().addAll("field-problem", Styles.DANGER);
            problem.setWrapText(true);
            problem.visibleProperty().bind(line.incompleteProperty());
            problem.managedProperty().bind(line.incompleteProperty());
            grid.addRow(row++, name, presence, reason, told);
            grid.add(problem, 1, row++, 3, 1);
        }
        return block("evalscreen.attendance", "evalscreen.attendance.intro", grid, model.attendance().isEmpty());
    }

    private VBox reviews(Runnable toPlan) {
        GridPane grid = lines(4);
        header(grid, "evalscreen.review.goal", "evalscreen.review.result", "evalscreen.review.note", "evalscreen.review.decision");
        int row = 1;
        for (ReviewLine line : model.reviews()) {
            String key = suffix + "-" + line.goalId();
            Label goal = new Label(line.goalText().isBlank() ? "—" : line.goalText());
            goal.setWrapText(true);
            ComboBox<GoalResult> result = Controls.choice(localization, "result" + key, Arrays.asList(GoalResult.values()), line.result());
            TextField note = Controls.text("reviewNote" + key, line.note(), "");
            ComboBox<GoalDecision> decision = Controls.choice(localization, "decision" + key, Arrays.asList(GoalDecision.values()),
                    line.decision());
            Button adjust = new Button(localization.get("evalscreen.review.toPlan"), Icons.of(Material2AL.ARROW_FORWARD));
            adjust.setId("adjustGoal" + key);
            adjust.getStyleClass().add(Styles.SMALL);
            adjust.setOnAction(event -> toPlan.run());
            adjust.visibleProperty().bind(line.decision().valueProperty().isEqualTo(GoalDecision.ADJUST));
            adjust.managedProperty().bind(adjust.visibleProperty());
            grid.addRow(row++, goal, result, note, decision);
            grid.add(adjust, 3, row++);
        }
        return block("evalscreen.review", "evalscreen.review.intro", grid, model.reviews().isEmpty());
    }

    private VBox safety() {
        VBox children = new VBox(12);
        for (ChildSafety child : model.safety()) {
            children.getChildren().add(new ChildSafetyPane(localization, child, model.ref().id()));
        }
        return block("evalscreen.safety", "evalscreen.safety.intro", children, model.safety().isEmpty());
    }

    private VBox scores() {
        GridPane grid = lines(3);
        header(grid, "evalscreen.scores.domain", "evalscreen.scores.intake", "evalscreen.scores.now");
        int row = 1;
        for (ScoreLine line : model.scores()) {
            Label domain = new Label(line.label());
            domain.setWrapText(true);
            ComboBox<Integer> now = Controls.choice(localization, "score" + suffix + "-" + line.code(), SCORES, String::valueOf,
                    line.now());
            grid.addRow(row++, domain, new Label(line.atIntake()), now);
        }
        return block("evalscreen.scores", "evalscreen.scores.intro", grid, model.scores().isEmpty());
    }

    private VBox block(String titleKey, String introKey, javafx.scene.Node body, boolean empty) {
        VBox block = new VBox(6, Controls.heading(localization, titleKey), Controls.muted(localization.get(introKey)));
        if (empty) {
            block.getChildren().add(Controls.muted(localization.get("evalscreen.none")));
        } else {
            block.getChildren().add(body);
        }
        return block;
    }

    private GridPane lines(int columns) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("evaluation-lines");
        for (int index = 0; index < columns; index++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / columns);
            constraints.setHgrow(Priority.ALWAYS);
            constraints.setFillWidth(true);
            grid.getColumnConstraints().add(constraints);
        }
        return grid;
    }

    private void header(GridPane grid, String... keys) {
        for (int index = 0; index < keys.length; index++) {
            Label label = new Label(localization.get(keys[index]));
            label.getStyleClass().add("field-label");
            label.setAlignment(Pos.CENTER_LEFT);
            grid.add(label, index, 0);
        }
    }

    UUID evaluationId() {
        return model.ref().id();
    }
}
