package nl.keukentafel.gui.evaluation;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Pane;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.LabelledChoices;
import nl.keukentafel.i18n.Localization;

/** Small controls of the evaluation tab's line tables, bound to autosaved fields, and its read-only switch. Stateless. */
final class Controls {
    /** A control with this style class stays usable in a closed dossier (reopening). */
    static final String STAYS_ENABLED = "stays-enabled";

    private Controls() {
    }

    static TextField text(String id, AutosavedText text, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(text.textProperty());
        text.editingProperty().bind(field.focusedProperty());
        return field;
    }

    static <T extends Enum<T>> ComboBox<T> choice(Localization localization, String id, List<T> values, AutosavedChoice<T> choice) {
        return choice(localization, id, values, value -> EnumLabels.label(localization, value), choice);
    }

    static <T> ComboBox<T> choice(Localization localization, String id, List<T> values, Function<T, String> label,
                                  AutosavedChoice<T> choice) {
        ComboBox<T> box = LabelledChoices.comboBox(id, values, label);
        box.setPromptText(localization.get("intakeForm.choose"));
        box.valueProperty().bindBidirectional(choice.valueProperty());
        return box;
    }

    static Label heading(Localization localization, String key) {
        Label heading = new Label(localization.get(key));
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-heading");
        return heading;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /**
     * Makes everything under {@code root} read-only (a closed dossier) or editable again: texts stay selectable, choices
     * and buttons are disabled, except controls marked {@link #STAYS_ENABLED}.
     */
    static void readOnly(Node root, boolean readOnly) {
        if (root.getStyleClass().contains(STAYS_ENABLED)) {
            return;
        }
        if (root instanceof TextInputControl input) {
            input.setEditable(!readOnly);
        } else if (root instanceof ComboBoxBase<?> || root instanceof ButtonBase || root instanceof Spinner<?>) {
            root.setDisable(readOnly);
        }
        if (root instanceof javafx.scene.control.TitledPane titled && titled.getContent() != null) {
            readOnly(titled.getContent(), readOnly);
        } else if (root instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            readOnly(scroll.getContent(), readOnly);
        } else if (root instanceof Pane pane) {
            pane.getChildren().forEach(child -> readOnly(child, readOnly));
        } else if (root instanceof javafx.scene.Parent parent && !(root instanceof javafx.scene.control.Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> readOnly(child, readOnly));
        }
    }
}
