package nl.keukentafel.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.WindowTestBase;
import org.junit.jupiter.api.Test;

/** Issue 14: at 1024×700 F1's shortcut list stays inside the window and scrolls there, by keyboard too; Escape closes it. */
class ShortcutListTest extends WindowTestBase {
    @Override
    protected WindowSize windowSize() {
        return SMALL_SCREEN;
    }

    @Test
    void f1sListScrollsInsideTheWindowAndEscapeClosesIt() {
        createVaultWithKeyboard();
        type(KeyCode.F1);
        waitUntil("the shortcut list", () -> lookup("#shortcutList").tryQuery().map(node -> node.getScene() != null).orElse(false));
        ScrollPane list = lookup("#shortcutList").queryAs(ScrollPane.class);
        snap(list.getScene().getRoot(), "shortcut-list-popup");
        Bounds onScreen = list.localToScreen(list.getBoundsInLocal());
        double windowBottom = stage.getY() + stage.getHeight();
        assertThat(onScreen.getMaxY()).as("the list ends inside the window").isLessThanOrEqualTo(windowBottom);
        assertThat(onScreen.getMinX()).as("and is no wider than it").isGreaterThanOrEqualTo(stage.getX());
        assertThat(onScreen.getMaxX()).isLessThanOrEqualTo(stage.getX() + stage.getWidth());
        assertThat(list.getContent().getLayoutBounds().getHeight()).as("more shortcuts than fit: the list scrolls")
                .isGreaterThan(list.getViewportBounds().getHeight());
        assertThat(list.getVvalue()).isZero();

        type(KeyCode.PAGE_DOWN);
        assertThat(list.getVvalue()).as("Page Down scrolls the list").isGreaterThan(0);
        type(KeyCode.END);
        assertThat(list.getVvalue()).as("End shows the last shortcut").isEqualTo(1.0);

        type(KeyCode.ESCAPE);
        waitUntil("the list closed", () -> list.getScene() == null || !list.getScene().getWindow().isShowing());
        assertThat(lookup("#caseloadSearch").tryQuery()).as("still on the caseload").isPresent();
    }
}
