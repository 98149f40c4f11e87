package nl.keukentafel.gui.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;

/**
 * A one-row toolbar that never wraps and never scrolls: when the window is too narrow, the less-used buttons move
 * into a "Meer…" menu button (in the order they were registered with {@link #collapsible}) and come back when there is
 * room. A moved button's menu item fires the button itself, so its action, its disabled state and its keyboard
 * shortcut stay the same. Put {@link #more()} among the children where the menu should stand. The menu button is a Tab
 * stop like any button; Space, Enter and Down open it (the menu button's own keys), the arrows go through it, Enter
 * chooses. FX thread only.
 */
public final class OverflowBar extends HBox {
    private final MenuButton more;
    private final List<ButtonBase> collapseOrder = new ArrayList<>();
    private final Map<ButtonBase, MenuItem> items = new LinkedHashMap<>();

    public OverflowBar(double spacing, MenuButton more) {
        super(spacing);
        this.more = more;
        // what it holds must be reachable by keyboard too (issue 14): a Tab stop, even in a toolbar whose buttons are not
        more.setFocusTraversable(true);
        more.setVisible(false);
        more.setManaged(false);
    }

    public MenuButton more() {
        return more;
    }

    /**
     * {@code button} may move into the menu; there it reads {@code menuText} (its label and its keys). Buttons
     * registered first move first.
     */
    public void collapsible(ButtonBase button, String menuText) {
        MenuItem item = new MenuItem(menuText);
        item.setId(button.getId() + "Item");
        item.disableProperty().bind(button.disableProperty());
        item.setOnAction(event -> button.fire());
        collapseOrder.add(button);
        items.put(button, item);
    }

    /** The buttons in the menu now, in toolbar order (for tests and the screen reader). */
    public List<ButtonBase> collapsed() {
        return getChildren().stream().filter(node -> node instanceof ButtonBase button && items.containsKey(button)
                && !button.isManaged()).map(ButtonBase.class::cast).toList();
    }

    @Override
    protected double computeMinWidth(double height) {
        // everything that can move has moved: the bar can be this narrow, so it never makes the screen scroll sideways
        return snappedLeftInset() + snappedRightInset() + needed(collapseOrder.size());
    }

    @Override
    protected void layoutChildren() {
        fit(getWidth() - snappedLeftInset() - snappedRightInset());
        super.layoutChildren();
    }

    private void fit(double available) {
        if (available <= 0) {
            return;
        }
        int moving = 0;
        while (moving < collapseOrder.size() && needed(moving) > available) {
            moving++;
        }
        Set<ButtonBase> moved = new HashSet<>(collapseOrder.subList(0, moving));
        boolean changed = false;
        for (ButtonBase button : collapseOrder) {
            boolean shown = !moved.contains(button);
            if (button.isManaged() != shown) {
                button.setManaged(shown);
                button.setVisible(shown);
                changed = true;
            }
        }
        if (more.isManaged() != (moving > 0)) {
            more.setManaged(moving > 0);
            more.setVisible(moving > 0);
        }
        if (changed) {
            more.getItems().setAll(collapsed().stream().map(items::get).toList());
        }
    }

    /** The width of one row when the first {@code moving} collapsible buttons are in the menu. */
    private double needed(int moving) {
        Set<ButtonBase> moved = new HashSet<>(collapseOrder.subList(0, moving));
        double total = 0;
        int shown = 0;
        for (Node child : getChildren()) {
            if (child == more || child instanceof ButtonBase button && moved.contains(button)) {
                continue;
            }
            total += snapSizeX(child.prefWidth(-1));
            shown++;
        }
        if (moving > 0) {
            total += snapSizeX(more.prefWidth(-1));
            shown++;
        }
        return total + getSpacing() * Math.max(0, shown - 1);
    }
}
