package nl.keukentafel.gui.intake;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;

/** Bringing a control of the long intake screen into view: open its collapsed rows, scroll, focus. Stateless, FX thread. */
final class Reveal {
    private static final double MARGIN = 24;

    private Reveal() {
    }

    static void show(ScrollPane scroll, Node content, Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof TitledPane pane && !pane.isExpanded()) {
                pane.setExpanded(true);
            }
        }
        scroll.applyCss();
        scroll.layout();
        scrollTo(scroll, content, node, true);
        node.requestFocus();
    }

    /** Scrolls so {@code node} is visible; {@code centre} puts it a third down the view (a jump), else the least move. */
    static void scrollTo(ScrollPane scroll, Node content, Node node, boolean centre) {
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (bounds == null || contentHeight <= viewport || viewport <= 0) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target;
        if (centre) {
            target = bounds.getMinY() - viewport / 3;
        } else if (bounds.getMinY() < top + MARGIN) {
            target = bounds.getMinY() - MARGIN;
        } else if (bounds.getMaxY() > top + viewport - MARGIN) {
            target = Math.min(bounds.getMinY() - MARGIN, bounds.getMaxY() - viewport + MARGIN);
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }

    static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The first control Tab would reach in {@code root}, depth first. */
    static Optional<Node> firstFocusable(Node root) {
        if (!root.isVisible() || root.isDisabled()) {
            return Optional.empty();
        }
        if (root.isFocusTraversable()) {
            return Optional.of(root);
        }
        if (root instanceof TitledPane pane) {
            return Optional.of(pane);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
