package nl.keukentafel.gui.plan;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs work just after the next frame is drawn: parts of a long screen that lie below the fold join the scene then,
 * so the first frame only styles and lays out what is seen. FX thread only.
 */
final class AfterFirstFrame {
    /** A little more than one frame at 60 Hz. */
    private static final Duration DELAY = Duration.millis(20);

    private AfterFirstFrame() {
    }

    static void run(Runnable work) {
        PauseTransition pause = new PauseTransition(DELAY);
        pause.setOnFinished(event -> work.run());
        pause.play();
    }
}
