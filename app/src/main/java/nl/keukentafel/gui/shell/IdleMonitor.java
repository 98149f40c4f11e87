package nl.keukentafel.gui.shell;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Locks the vault after a stretch without key, mouse or scroll events on the window. While stopped it does
 * nothing; {@link #start} (re)arms it. FX thread only.
 */
public final class IdleMonitor {
    private final PauseTransition timer = new PauseTransition();
    private final EventHandler<Event> activity = event -> restartIfRunning();
    private boolean running;

    public IdleMonitor(Node watched, Runnable onIdle) {
        timer.setOnFinished(event -> {
            running = false;
            onIdle.run();
        });
        watched.addEventFilter(KeyEvent.ANY, activity);
        watched.addEventFilter(MouseEvent.ANY, activity);
        watched.addEventFilter(ScrollEvent.ANY, activity);
    }

    public void start(Duration idleTime) {
        timer.setDuration(javafx.util.Duration.millis(idleTime.toMillis()));
        running = true;
        timer.playFromStart();
    }

    public void stop() {
        running = false;
        timer.stop();
    }

    public boolean isRunning() {
        return running;
    }

    public javafx.util.Duration idleTime() {
        return timer.getDuration();
    }

    private void restartIfRunning() {
        if (running) {
            timer.playFromStart();
        }
    }
}
