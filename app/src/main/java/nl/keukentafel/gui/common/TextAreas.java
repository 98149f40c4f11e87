package nl.keukentafel.gui.common;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * How every multi-line field in the app behaves at the keyboard, so no screen has its own copy: Tab and Shift+Tab
 * move to the next and previous field (a consultant's answer must never end up in the wrong field), Ctrl+Tab types a
 * literal tab, pasted text scrolls to the caret, and a short area grows with its text. Stateless; FX thread only.
 */
public final class TextAreas {
    /** Marks the re-sent Ctrl+Tab that the text area's own behaviour turns into a focus move. */
    private static final String MOVING = "keukentafel.textAreas.moving";
    /** A short area grows to at most this many lines, then scrolls. */
    private static final int MAX_GROWN_ROWS = 14;

    private TextAreas() {
    }

    /** Builds the app's text area: wrapping, {@code rows} lines high, with {@link #keyboard(TextArea)}. */
    public static TextArea of(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        keyboard(area);
        if (rows <= 3) {
            growing(area, rows);
        }
        return area;
    }

    /** Tab moves focus, Ctrl+Tab types a tab, a paste scrolls to the caret. Returns the area for chaining. */
    public static TextArea keyboard(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.TAB || Boolean.TRUE.equals(area.getProperties().get(MOVING))) {
                return;
            }
            event.consume();
            if (event.isControlDown()) {
                area.replaceSelection("\t");
                return;
            }
            // JavaFX 21 has no public focus-traversal call; the text area's behaviour moves focus on Ctrl+Tab
            area.getProperties().put(MOVING, Boolean.TRUE);
            try {
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(), event.getCharacter(),
                        event.getText(), KeyCode.TAB, event.isShiftDown(), true, event.isAltDown(), event.isMetaDown()));
            } finally {
                area.getProperties().remove(MOVING);
            }
        });
        area.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            boolean paste = event.isShortcutDown() && event.getCode() == KeyCode.V
                    || event.isShiftDown() && event.getCode() == KeyCode.INSERT;
            if (paste) {
                Platform.runLater(() -> showCaret(area));
            }
        });
        return area;
    }

    /** Puts the caret's line in view after a long text came in at once (a paste). */
    static void showCaret(TextArea area) {
        if (area.getCaretPosition() >= area.getLength()) {
            area.setScrollTop(Double.MAX_VALUE);
        } else {
            // moving the caret back and forth makes the skin scroll it into view
            int caret = area.getCaretPosition();
            area.positionCaret(Math.max(0, caret - 1));
            area.positionCaret(caret);
        }
    }

    /** The area is at least {@code minRows} lines high and grows with its wrapped text up to a limit. */
    public static void growing(TextArea area, int minRows) {
        Runnable fit = () -> Platform.runLater(() -> fitHeight(area, minRows));
        area.textProperty().addListener((observable, old, now) -> fit.run());
        area.widthProperty().addListener((observable, old, now) -> fit.run());
        area.skinProperty().addListener((observable, old, now) -> fit.run());
    }

    private static void fitHeight(TextArea area, int minRows) {
        Text text = null;
        for (Node node : area.lookupAll(".text")) {
            if (node instanceof Text candidate && candidate.getText() != null && candidate.getText().equals(area.getText())) {
                text = candidate;
            }
        }
        Node content = area.lookup(".content");
        if (text == null || !(content instanceof Region region)) {
            return;
        }
        double line = text.getFont().getSize() * 1.4;
        Insets padding = region.getPadding();
        Insets outer = area.getInsets();
        double chrome = padding.getTop() + padding.getBottom() + outer.getTop() + outer.getBottom() + 2;
        double wanted = Math.max(minRows * line, text.getLayoutBounds().getHeight()) + chrome;
        double height = Math.min(wanted, MAX_GROWN_ROWS * line + chrome);
        if (Math.abs(area.getPrefHeight() - height) > 0.5) {
            area.setPrefHeight(height);
        }
    }
}
