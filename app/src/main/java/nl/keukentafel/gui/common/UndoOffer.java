package nl.keukentafel.gui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one thing a screen offers to take back after a delete or an archive: what the undo bar says, and how to take
 * it back (a use case in logic). A newer offer replaces the older one; undoing or dismissing ends it. Shown by
 * {@link UndoBar}. FX thread only.
 */
public final class UndoOffer {
    /** The bar's message and the action that takes the change back. */
    public record Offer(UiText message, Runnable undo) {
    }

    private final ReadOnlyObjectWrapper<Offer> current = new ReadOnlyObjectWrapper<>();

    /** Offers to take back what just happened; replaces any earlier offer. */
    public void offer(UiText message, Runnable undo) {
        current.set(new Offer(message, undo));
    }

    /** Takes back the offered change, once; false when nothing was offered. */
    public boolean undo() {
        Offer offered = current.get();
        if (offered == null) {
            return false;
        }
        current.set(null);
        offered.undo().run();
        return true;
    }

    /** The offer has been seen and closed. */
    public void dismiss() {
        current.set(null);
    }

    public boolean isOffered() {
        return current.get() != null;
    }

    public ReadOnlyObjectProperty<Offer> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
