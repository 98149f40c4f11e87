package nl.keukentafel.gui.intake;

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
import nl.keukentafel.gui.common.FormParts;
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
        return FormParts.labelled(localization, key, control);
    }

    static Label heading(Localization localization, String key) {
        return FormParts.heading(localization, key);
    }

    static Label hint(Localization localization, String key, Object... arguments) {
        return FormParts.hint(localization, key, arguments);
    }
}
