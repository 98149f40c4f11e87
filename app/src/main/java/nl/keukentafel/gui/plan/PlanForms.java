package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.FormParts;
import nl.keukentafel.gui.common.LabelledChoices;
import nl.keukentafel.gui.common.TextAreas;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Problem;

/**
 * Builders for the werkplan's controls, each bound to its autosaved value for the life of the row; a read-only plan
 * (an agreed version, a closed dossier) gets the same controls, not editable. Text areas pass Tab on, so the screen
 * flows with the keyboard. Stateless.
 */
final class PlanForms {
    static final String READ_ONLY = "plan-read-only";

    private PlanForms() {
    }

    static TextArea area(String id, AutosavedText text, int rows, boolean editable) {
        TextArea area = TextAreas.of(id, rows);
        bind(area, text, editable);
        return area;
    }

    static TextField field(String id, AutosavedText text, boolean editable) {
        TextField field = new TextField();
        field.setId(id);
        bind(field, text, editable);
        return field;
    }

    private static void bind(TextInputControl control, AutosavedText text, boolean editable) {
        control.textProperty().bindBidirectional(text.textProperty());
        text.editingProperty().bind(control.focusedProperty());
        readOnly(control, editable);
    }

    static void readOnly(Node control, boolean editable) {
        if (editable) {
            return;
        }
        if (control instanceof TextInputControl input) {
            input.setEditable(false);
        } else {
            control.setDisable(true);
        }
        control.getStyleClass().add(READ_ONLY);
    }

    /** A date field with its problem in Dutch under it; the typed value stays. */
    static VBox dateField(Localization localization, String labelKey, String id, AutosavedText text, boolean editable) {
        TextField field = field(id, text, editable);
        field.setPromptText(localization.get("planscreen.date.prompt"));
        field.setPrefColumnCount(9);
        Label problem = problemLabel(id);
        ChangeListener<Problem> show = (observable, old, now) -> showProblem(localization, field, problem, now);
        text.problemProperty().addListener(show);
        showProblem(localization, field, problem, text.problemProperty().get());
        VBox box = labelKey == null ? new VBox(2, field, problem) : labelled(localization, labelKey, field);
        if (labelKey != null) {
            box.getChildren().add(problem);
        }
        return box;
    }

    static Label problemLabel(String id) {
        Label problem = new Label();
        problem.setId(id + "Problem");
        problem.getStyleClass().addAll("field-problem", Styles.DANGER);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        return problem;
    }

    static void showProblem(Localization localization, TextField field, Label label, Problem problem) {
        boolean invalid = problem != null;
        label.setText(invalid ? localization.get(problem.messageKey()) : "");
        label.setVisible(invalid);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
    }

    static <T> ComboBox<T> combo(String id, List<T> values, Function<T, String> label, AutosavedChoice<T> choice,
                                 boolean editable) {
        ComboBox<T> box = LabelledChoices.comboBox(id, values, label);
        box.valueProperty().bindBidirectional(choice.valueProperty());
        readOnly(box, editable);
        return box;
    }

    static VBox labelled(Localization localization, String key, Node control) {
        return FormParts.labelled(localization, key, control);
    }

    static VBox labelledText(String text, Node control) {
        return FormParts.labelledText(text, control);
    }

    static Label heading(Localization localization, String key) {
        return FormParts.heading(localization, key);
    }

    static Label hint(Localization localization, String key, Object... arguments) {
        return FormParts.hint(localization, key, arguments);
    }
}
