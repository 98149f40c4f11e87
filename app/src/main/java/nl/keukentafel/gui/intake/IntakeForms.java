package nl.keukentafel.gui.intake;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.LabelledChoices;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.TextAreas;
import nl.keukentafel.i18n.Localization;

/**
 * Small builders for the intake's controls, each bound to its autosaved value for the life of the row. Text areas
 * are {@link TextAreas}: Tab goes on to the next field, so the whole screen flows with the keyboard. Stateless.
 */
final class IntakeForms {
    private IntakeForms() {
    }

    static TextArea area(String id, AutosavedText text, int rows) {
        TextArea area = TextAreas.of(id, rows);
        area.textProperty().bindBidirectional(text.textProperty());
        text.editingProperty().bind(area.focusedProperty());
        return area;
    }

    static TextField field(String id, AutosavedText text) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text.textProperty());
        text.editingProperty().bind(field.focusedProperty());
        return field;
    }

    static <T> ComboBox<T> combo(String id, List<T> values, Function<T, String> label, AutosavedChoice<T> choice) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(LabelledChoices.converter(values, value -> label.apply(value)));
        box.valueProperty().bindBidirectional(choice.valueProperty());
        return box;
    }

    static VBox labelled(Localization localization, String key, Node control) {
        Label label = new Label(localization.get(key));
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        VBox box = new VBox(3, label, control);
        box.getStyleClass().add("field-editor");
        return box;
    }

    static Label heading(Localization localization, String key) {
        Label label = new Label(localization.get(key));
        label.getStyleClass().addAll(Styles.TITLE_4, "section-heading");
        return label;
    }

    static Label hint(Localization localization, String key, Object... arguments) {
        Label label = new Label(localization.get(key, arguments));
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
