package nl.keukentafel.gui.evaluation;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Evaluaties": a date and "Nieuwe evaluatie", then every evaluation newest first (the newest open). The panes are
 * rebuilt only when evaluations, people, goals or children come or go, so a field being typed in keeps its focus.
 * FX thread only.
 */
final class EvaluationsSection {
    private final Localization localization;
    private final Runnable toPlan;
    private final VBox list = new VBox(10);
    private final VBox root;
    private final TextField date = new TextField();
    private final TextField next = new TextField();
    private final Map<UUID, Boolean> expanded = new HashMap<>();
    private List<Object> shownShape = List.of();

    EvaluationsSection(Localization localization, EvaluationViewModel model, Runnable toPlan) {
        this.localization = localization;
        this.toPlan = toPlan;
        date.setId("newEvaluationDate");
        date.setPromptText(localization.get("intakeForm.date.prompt"));
        date.setPrefColumnCount(10);
        date.textProperty().bindBidirectional(model.newEvaluationOnProperty());
        date.setOnAction(event -> model.startEvaluation());
        Button start = new Button(localization.get("evalscreen.new"), Icons.of(Material2AL.ADD));
        start.setId("newEvaluationButton");
        start.setDefaultButton(false);
        start.setOnAction(event -> model.startEvaluation());
        Label dateLabel = new Label(localization.get("evalscreen.new.date"));
        dateLabel.setLabelFor(date);
        HBox row = new HBox(10, dateLabel, date, start);
        row.setAlignment(Pos.CENTER_LEFT);
        // the planned date can be moved here; the dossier check's "evaluation overdue / not planned" jumps to it
        next.setId("nextEvaluationOn");
        next.setPromptText(localization.get("intakeForm.date.prompt"));
        next.setPrefColumnCount(10);
        next.textProperty().bindBidirectional(model.nextEvaluationOnProperty());
        next.setOnAction(event -> model.planNextEvaluation());
        next.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                model.planNextEvaluation();
            }
        });
        Label nextLabel = new Label(localization.get("evalscreen.next"));
        nextLabel.setLabelFor(next);
        HBox nextRow = new HBox(10, nextLabel, next);
        nextRow.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label(localization.get("evalscreen.evaluations"));
        heading.getStyleClass().addAll(Styles.TITLE_3, "section-heading");
        root = new VBox(10, heading, Controls.muted(localization.get("evalscreen.evaluations.intro")), nextRow,
                Controls.muted(localization.get("evalscreen.next.hint")), row, list);
        root.setId("evaluationsSection");
        root.getStyleClass().add("intake-section");
    }

    VBox root() {
        return root;
    }

    TextField dateField() {
        return date;
    }

    TextField nextEvaluationField() {
        return next;
    }

    void show(List<EvaluationItemModel> newestFirst) {
        List<Object> shape = new ArrayList<>();
        newestFirst.forEach(evaluation -> {
            shape.add(evaluation.ref().id());
            shape.addAll(evaluation.shape());
        });
        if (shape.equals(shownShape)) {
            return;
        }
        shownShape = shape;
        list.getChildren().forEach(node -> {
            if (node instanceof EvaluationPane pane) {
                expanded.put(pane.evaluationId(), pane.isExpanded());
            }
        });
        list.getChildren().clear();
        if (newestFirst.isEmpty()) {
            Label none = Controls.muted(localization.get("evalscreen.evaluations.none"));
            none.setId("noEvaluations");
            list.getChildren().add(none);
        }
        for (int index = 0; index < newestFirst.size(); index++) {
            EvaluationPane pane = new EvaluationPane(localization, newestFirst.get(index), toPlan);
            pane.setExpanded(expanded.getOrDefault(pane.evaluationId(), index == 0));
            list.getChildren().add(pane);
        }
    }
}
