package nl.keukentafel.gui.common;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Escape leaves a screen. Installed as a scene filter while the screen is active, so it works whatever control
 * has focus (a combo box or spinner would otherwise swallow the key). Stateless; FX thread only.
 */
public final class EscapeGoesBack {
    private EscapeGoesBack() {
    }

    /** A key filter that runs {@code back} on Escape and consumes the key. */
    public static EventHandler<KeyEvent> filter(Runnable back) {
        return event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                back.run();
            }
        };
    }
}
