package nl.keukentafel.gui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.keukentafel.i18n.Localization;

/** A label and a drop-down of fixed values, bindable to one {@link AutosavedChoice} after another. FX thread only. */
public final class ChoiceEditor<T> extends VBox {
    private final ComboBox<T> box = new ComboBox<>();
    private AutosavedChoice<T> bound;

    public ChoiceEditor(Localization localization, String labelKey, String fieldId, List<T> values, Function<T, String> label) {
        Label caption = new Label(localization.get(labelKey));
        caption.setLabelFor(box);
        caption.getStyleClass().add("field-label");
        box.setId(fieldId);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(LabelledChoices.converter(values, value -> label.apply(value)));
        setSpacing(4);
        getStyleClass().add("field-editor");
        getChildren().addAll(caption, box);
    }

    public ComboBox<T> box() {
        return box;
    }

    public void bind(AutosavedChoice<T> choice) {
        unbind();
        bound = choice;
        box.valueProperty().bindBidirectional(choice.valueProperty());
    }

    public void unbind() {
        if (bound != null) {
            box.valueProperty().unbindBidirectional(bound.valueProperty());
            bound = null;
        }
        box.setValue(null);
    }
}
