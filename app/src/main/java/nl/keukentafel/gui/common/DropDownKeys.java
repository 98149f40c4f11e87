package nl.keukentafel.gui.common;

import java.util.List;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import nl.keukentafel.model.Text;

/**
 * Every drop-down in a window, at the keyboard: Space and Alt+Down open it (F4 already does), and typing the first
 * letters of a choice chooses it, open or closed, as in any desktop select box (typing the same letter again goes to
 * the next choice with that letter). Installed once as a filter on a window's root, so no screen needs its own copy.
 * FX thread only.
 */
public final class DropDownKeys {
    /** Letters typed within this time add to the same search; a longer pause starts a new one. */
    private static final long TYPING_PAUSE_MILLIS = 1_000;
    private static final String PREFIX = DropDownKeys.class.getName() + ".prefix";
    private static final String TYPED_AT = DropDownKeys.class.getName() + ".typedAt";

    private DropDownKeys() {
    }

    /** Adds the keys to every non-editable drop-down under {@code root}. */
    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, DropDownKeys::pressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, DropDownKeys::typed);
    }

    private static void pressed(KeyEvent event) {
        ComboBox<?> box = dropDown(event.getTarget());
        if (box == null || box.isShowing()) {
            return;
        }
        boolean open = event.getCode() == KeyCode.SPACE && !event.isControlDown() && !event.isAltDown()
                || event.getCode() == KeyCode.DOWN && event.isAltDown();
        if (open) {
            event.consume();
            box.show();
        }
    }

    private static void typed(KeyEvent event) {
        ComboBox<?> box = dropDown(event.getTarget());
        String character = event.getCharacter();
        if (box == null || event.isControlDown() || event.isAltDown() || event.isMetaDown() || character == null
                || character.isBlank() || !Character.isLetterOrDigit(character.codePointAt(0))) {
            return;
        }
        event.consume();
        choose(box, character, System.currentTimeMillis());
    }

    /** Chooses the first choice (after the current one when the same letter is typed again) whose label starts so. */
    static <T> void choose(ComboBox<T> box, String character, long now) {
        Object before = box.getProperties().get(TYPED_AT);
        String prefix = before instanceof Long at && now - at <= TYPING_PAUSE_MILLIS
                ? (String) box.getProperties().getOrDefault(PREFIX, "") : "";
        String letter = Text.searchable(character);
        boolean repeat = prefix.equals(letter) || prefix.isEmpty();
        String wanted = prefix.equals(letter) ? letter : prefix + letter;
        box.getProperties().put(PREFIX, wanted);
        box.getProperties().put(TYPED_AT, now);
        List<T> items = box.getItems();
        int current = items.indexOf(box.getValue());
        int start = repeat && wanted.length() == 1 ? current + 1 : Math.max(0, current);
        for (int step = 0; step < items.size(); step++) {
            T item = items.get((start + step) % items.size());
            if (label(box, item).startsWith(wanted)) {
                box.setValue(item);
                return;
            }
        }
    }

    private static <T> String label(ComboBox<T> box, T item) {
        StringConverter<T> converter = box.getConverter();
        String text = converter == null ? String.valueOf(item) : converter.toString(item);
        return Text.searchable(text == null ? "" : text.strip());
    }

    private static ComboBox<?> dropDown(EventTarget target) {
        return target instanceof ComboBox<?> box && !box.isEditable() && !box.isDisabled() ? box : null;
    }
}
