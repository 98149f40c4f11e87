package nl.keukentafel.gui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * Drop-downs that show each value by its label and read a typed label back: one converter for every choice in the
 * screens instead of one per screen. FX thread only.
 */
public final class LabelledChoices {
    private LabelledChoices() {
    }

    /** Shows values by {@code label}; an empty choice shows as empty text; text that names no value reads as none. */
    public static <T> StringConverter<T> converter(List<T> values, Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return values.stream().filter(value -> label.apply(value).equals(text)).findFirst().orElse(null);
            }
        };
    }

    /** A full-width drop-down with a stable id over {@code values}, shown by {@code label}. */
    public static <T> ComboBox<T> comboBox(String id, List<T> values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(converter(values, label));
        return box;
    }
}
