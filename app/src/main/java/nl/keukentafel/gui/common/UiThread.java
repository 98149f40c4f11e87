package nl.keukentafel.gui.common;

import javafx.application.Platform;

/** The one way onto the JavaFX application thread. Thread-safe. */
public final class UiThread {
    private UiThread() {
    }

    /** Runs now when already on the FX thread (keeps same-thread tests deterministic), else later on it. */
    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
