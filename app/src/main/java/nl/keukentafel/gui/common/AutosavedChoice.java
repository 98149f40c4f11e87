package nl.keukentafel.gui.common;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A choice (an enum, a yes/no) of a record; every change is handed to {@code save} at once. FX thread only. */
public final class AutosavedChoice<T> {
    private final ObjectProperty<T> value;
    private boolean showingStored;

    public AutosavedChoice(T initial, Consumer<T> save) {
        value = new SimpleObjectProperty<>(initial);
        value.addListener((observable, old, chosen) -> {
            if (chosen != null && !showingStored) {
                save.accept(chosen);
            }
        });
    }

    /** Shows the value now stored (after a sync pulled a change) without saving it again. */
    public void showStored(T stored) {
        if (stored == null || stored.equals(value.get())) {
            return;
        }
        showingStored = true;
        try {
            value.set(stored);
        } finally {
            showingStored = false;
        }
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T value() {
        return value.get();
    }
}
