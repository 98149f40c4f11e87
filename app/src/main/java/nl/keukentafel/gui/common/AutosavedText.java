package nl.keukentafel.gui.common;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.keukentafel.model.Problem;

/**
 * One text field of a record as the screen edits it: every change is handed to {@code save} at once (the
 * autosaver coalesces), and the domain check says what is wrong without ever refusing the value.
 * FX thread only.
 */
public final class AutosavedText {
    private final StringProperty text;
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private boolean showingStored;

    public AutosavedText(String initial, Function<String, Optional<Problem>> check, Consumer<String> save) {
        text = new SimpleStringProperty(initial == null ? "" : initial);
        problem.set(check.apply(text.get()).orElse(null));
        text.addListener((observable, old, typed) -> {
            problem.set(check.apply(typed).orElse(null));
            if (!showingStored) {
                save.accept(typed);
            }
        });
    }

    /** A field with no check. */
    public AutosavedText(String initial, Consumer<String> save) {
        this(initial, typed -> Optional.empty(), save);
    }

    /**
     * Shows the value now stored (e.g. after a sync pulled a change) without saving it again. A field being edited
     * (it has focus) keeps what the person is typing: their edit is saved and synced, and any clash becomes a conflict.
     */
    public void showStored(String stored) {
        String value = stored == null ? "" : stored;
        if (editing.get() || value.equals(text.get())) {
            return;
        }
        showingStored = true;
        try {
            text.set(value);
        } finally {
            showingStored = false;
        }
    }

    /** True while a control edits this field (bound to its focus by the editor). */
    public BooleanProperty editingProperty() {
        return editing;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    /** What is wrong with the value as typed; null when nothing is. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
