package nl.keukentafel.gui.common;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A choice (an enum, a yes/no) of a record; every change is handed to {@code save} at once. FX thread only. */
public final class AutosavedChoice<T> {
    private final ObjectProperty<T> value;

    public AutosavedChoice(T initial, Consumer<T> save) {
        value = new SimpleObjectProperty<>(initial);
        value.addListener((observable, old, chosen) -> {
            if (chosen != null) {
                save.accept(chosen);
            }
        });
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T value() {
        return value.get();
    }
}
