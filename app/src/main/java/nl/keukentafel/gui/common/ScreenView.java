package nl.keukentafel.gui.common;

import javafx.scene.Parent;

/**
 * A screen the shell can show. {@link #activate()} runs when it enters the window and {@link #deactivate()}
 * when it leaves: subscriptions to anything that outlives the screen are made and released there.
 */
public interface ScreenView {
    Parent root();

    /** The node that should have the keyboard focus when the screen appears. */
    default javafx.scene.Node initialFocus() {
        return root();
    }

    default void activate() {
    }

    default void deactivate() {
    }
}
