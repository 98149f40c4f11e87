package nl.keukentafel.gui.genogram;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import nl.keukentafel.model.genogram.GenoPerson;

/**
 * One field of the side panel's form and the stored value it was last filled with. A new stored value (a sync round,
 * undo, redo) is shown only when the field is not focused and still holds that value: what differs from it is the
 * consultant's own change, saved as typed or chosen but perhaps not yet in what was read, and is never overwritten.
 * Filling does not echo back as an edit: the control's listeners ask {@link #filling()}. FX thread only.
 */
final class ShownField<T> {
    private final Node control;
    private final Function<GenoPerson, T> stored;
    private final Supplier<T> shown;
    private final Consumer<T> show;
    private T filled;
    private boolean filling;

    /** {@code stored} reads the field's value from the facts, {@code shown} and {@code show} read and set the control. */
    ShownField(Node control, Function<GenoPerson, T> stored, Supplier<T> shown, Consumer<T> show, T filled) {
        this.control = control;
        this.stored = stored;
        this.shown = shown;
        this.show = show;
        this.filled = filled;
    }

    /** True while the form itself sets the value: the control's listeners must not save it again. */
    boolean filling() {
        return filling;
    }

    void refresh(GenoPerson facts) {
        T value = stored.apply(facts);
        T now = shown.get();
        if (Objects.equals(now, value)) {
            filled = value;
        } else if (!control.isFocused() && Objects.equals(now, filled)) {
            filling = true;
            try {
                show.accept(value);
            } finally {
                filling = false;
            }
            filled = value;
        }
    }
}
