package nl.keukentafel.gui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Problem;

/**
 * A label, a text field and, when the value has a problem, the Dutch explanation under it. Can be bound to
 * one {@link AutosavedText} after another (master-detail screens). FX thread only.
 */
public final class TextFieldEditor extends VBox {
    public static final String INVALID = "invalid";

    private final Localization localization;
    private final TextField field = new TextField();
    private final Label problemLabel = new Label();
    private final ChangeListener<Problem> problemListener = (observable, old, problem) -> showProblem(problem);
    private AutosavedText bound;

    public TextFieldEditor(Localization localization, String labelKey, String fieldId) {
        this.localization = localization;
        Label label = new Label(localization.get(labelKey));
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        field.setId(fieldId);
        problemLabel.setId(fieldId + "Problem");
        problemLabel.getStyleClass().addAll("field-problem", Styles.DANGER);
        problemLabel.setWrapText(true);
        setSpacing(4);
        getStyleClass().add("field-editor");
        getChildren().addAll(label, field, problemLabel);
        showProblem(null);
    }

    public TextField field() {
        return field;
    }

    public void bind(AutosavedText text) {
        unbind();
        bound = text;
        field.textProperty().bindBidirectional(text.textProperty());
        text.editingProperty().bind(field.focusedProperty());
        text.problemProperty().addListener(problemListener);
        showProblem(text.problemProperty().get());
    }

    public void unbind() {
        if (bound != null) {
            field.textProperty().unbindBidirectional(bound.textProperty());
            bound.editingProperty().unbind();
            bound.editingProperty().set(false);
            bound.problemProperty().removeListener(problemListener);
            bound = null;
        }
        field.clear();
        showProblem(null);
    }

    private void showProblem(Problem problem) {
        boolean invalid = problem != null;
        problemLabel.setText(invalid ? localization.get(problem.messageKey()) : "");
        problemLabel.setVisible(invalid);
        problemLabel.setManaged(invalid);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
        if (invalid && !field.getStyleClass().contains(INVALID)) {
            field.getStyleClass().add(INVALID);
        } else if (!invalid) {
            field.getStyleClass().remove(INVALID);
        }
    }
}
