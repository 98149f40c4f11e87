package nl.keukentafel.gui.plan;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A long row of check boxes (a goal's nineteen life domains) as one stop for Tab: the arrow keys move between the
 * boxes and Space ticks, Tab leaves the row. Without it a goal's target date lay some 25 Tabs after its text.
 * FX thread only.
 */
final class CheckBoxGroup {
    private CheckBoxGroup() {
    }

    /** Makes the boxes one Tab stop (the first box) with arrow keys inside; call again after the boxes change. */
    static void oneTabStop(List<CheckBox> boxes) {
        for (int index = 0; index < boxes.size(); index++) {
            CheckBox box = boxes.get(index);
            box.setFocusTraversable(index == 0);
            int place = index;
            box.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                if (event.isAltDown() || event.isShortcutDown() || event.isShiftDown()) {
                    return;
                }
                int step = event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.DOWN ? 1
                        : event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.UP ? -1 : 0;
                int target = place + step;
                if (step != 0 && target >= 0 && target < boxes.size()) {
                    event.consume();
                    boxes.get(target).requestFocus();
                }
            });
        }
    }
}
