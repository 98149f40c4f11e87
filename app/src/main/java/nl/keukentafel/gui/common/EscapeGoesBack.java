package nl.keukentafel.gui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Escape leaves a screen. Installed as a scene filter while the screen is active, so it works whatever control
 * has focus (a combo box or spinner would otherwise swallow the key). Stateless; FX thread only.
 */
public final class EscapeGoesBack {
    private static final String CLOSE_FIRST = EscapeGoesBack.class.getName() + ".closeFirst";

    private EscapeGoesBack() {
    }

    /**
     * Marks a panel inside a screen (a dialog-like overlay) that Escape closes first: while the focus is inside
     * {@code panel}, Escape runs {@code close} instead of leaving the screen.
     */
    public static void closesFirst(Node panel, Runnable close) {
        panel.getProperties().put(CLOSE_FIRST, close);
    }

    /** A key filter that runs {@code back} on Escape and consumes the key, unless a panel holding the focus closes first. */
    public static EventHandler<KeyEvent> filter(Runnable back) {
        return event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                innermostPanel(event).orElse(back).run();
            }
        };
    }

    private static java.util.Optional<Runnable> innermostPanel(KeyEvent event) {
        Node focused = event.getTarget() instanceof Node node ? node : null;
        if (focused != null && focused.getScene() != null && focused.getScene().getFocusOwner() != null) {
            focused = focused.getScene().getFocusOwner();
        }
        for (Node current = focused; current != null; current = current.getParent()) {
            if (current.getProperties().get(CLOSE_FIRST) instanceof Runnable close && current.isVisible()) {
                return java.util.Optional.of(close);
            }
        }
        return java.util.Optional.empty();
    }
}
