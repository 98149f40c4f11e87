package nl.keukentafel.gui.drawing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import nl.keukentafel.logic.genogram.draw.Drawing;

/**
 * Paints a {@link Drawing} with JavaFX nodes in a zoomable, pannable view: the screen shows what the exporters write.
 * A click on a shape picks its id (the part before a colon: {@code key:name} belongs to {@code key}); dragging a shape
 * whose id may move reports the distance in drawing units; dragging the background pans; the wheel zooms around the
 * pointer. The selected id gets a highlight. FX thread only.
 */
public final class DrawingPane extends Region {
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 6;
    private static final double ZOOM_STEP = 1.2;
    private static final double DRAG_THRESHOLD = 4;

    private final Group shapes = new Group();
    private final Rectangle highlight = new Rectangle();
    private final Group world = new Group(shapes, highlight);
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final Map<String, List<Node>> nodesById = new LinkedHashMap<>();
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>();
    private Drawing drawing = new Drawing(0, 0, List.of());
    private Consumer<String> onPicked = id -> { };
    private BiConsumer<String, Point2D> onMoved = (id, distance) -> { };
    private Predicate<String> movable = id -> false;
    private Point2D pressedAt;
    private String dragging;
    private boolean moved;
    private boolean fitted;
    /** Until the person zooms or pans, the drawing keeps fitting the pane as it is resized. */
    private boolean movedByHand;
    private double fittedWidth;
    private double fittedHeight;

    public DrawingPane() {
        getStyleClass().add("drawing-pane");
        setFocusTraversable(true);
        world.getTransforms().addAll(pan, scale);
        getChildren().add(world);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setStyle("-fx-background-color: white;");
        highlight.setFill(Color.web("#2f6fdf", 0.12));
        highlight.setStroke(Color.web("#2f6fdf"));
        highlight.setStrokeWidth(2);
        highlight.setMouseTransparent(true);
        highlight.setVisible(false);
        highlight.setId("drawingSelection");
        selectedId.subscribe(this::placeHighlight);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** Shows a new drawing, keeping zoom and pan (the first one is fitted once the pane has a size). */
    public void show(Drawing shown) {
        drawing = shown;
        nodesById.clear();
        List<Node> nodes = new ArrayList<>();
        for (Drawing.Shape shape : shown.shapes()) {
            for (Node node : DrawingNodes.of(shape)) {
                nodes.add(node);
                if (shape.id() != null) {
                    nodesById.computeIfAbsent(owner(shape.id()), id -> new ArrayList<>()).add(node);
                }
            }
        }
        shapes.getChildren().setAll(nodes);
        placeHighlight(selectedId.get());
        if (!fitted && getWidth() > 0) {
            fit();
        }
    }

    /**
     * Shows a new drawing fitted again, unless the person zoomed or panned (the ecogram: a line's new strength adds a
     * row to the legend under the ring, which would otherwise grow out of view).
     */
    public void showFitted(Drawing shown) {
        show(shown);
        if (!movedByHand && getWidth() > 0 && !shown.shapes().isEmpty()) {
            fit();
        }
    }

    public Drawing drawing() {
        return drawing;
    }

    @Override
    protected void layoutChildren() {
        boolean resized = getWidth() != fittedWidth || getHeight() != fittedHeight;
        if ((!fitted || (resized && !movedByHand)) && getWidth() > 0 && !drawing.shapes().isEmpty()) {
            fit();
        }
    }

    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    public void setOnPicked(Consumer<String> picked) {
        onPicked = picked;
    }

    /** Which ids may be dragged, and what to do with the distance (drawing units) when one was. */
    public void setOnMoved(Predicate<String> canMove, BiConsumer<String, Point2D> moved) {
        movable = canMove;
        onMoved = moved;
    }

    public double zoom() {
        return scale.getX();
    }

    public void zoomIn() {
        zoomAround(ZOOM_STEP, new Point2D(getWidth() / 2, getHeight() / 2));
    }

    public void zoomOut() {
        zoomAround(1 / ZOOM_STEP, new Point2D(getWidth() / 2, getHeight() / 2));
    }

    /** Fitted by {@link DrawingFit} (the whole drawing, or a small one at a readable size), centred. */
    public void fit() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        fitted = true;
        movedByHand = false;
        fittedWidth = getWidth();
        fittedHeight = getHeight();
        double width = Math.max(drawing.width(), 1);
        double height = Math.max(drawing.height(), 1);
        double factor = clamp(DrawingFit.zoom(drawing, getWidth(), getHeight()));
        scale.setX(factor);
        scale.setY(factor);
        pan.setX((getWidth() - width * factor) / 2);
        pan.setY((getHeight() - height * factor) / 2);
    }

    /** Moves the view by screen pixels. */
    public void panBy(double dx, double dy) {
        movedByHand = movedByHand || dx != 0 || dy != 0;
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
    }

    /** Brings the shape with this id into view when it is outside. */
    public void reveal(String id) {
        symbolBounds(id).ifPresent(bounds -> {
            Bounds onScreen = world.localToParent(bounds);
            double margin = 40;
            double dx = 0;
            double dy = 0;
            if (onScreen.getMinX() < margin) {
                dx = margin - onScreen.getMinX();
            } else if (onScreen.getMaxX() > getWidth() - margin) {
                dx = getWidth() - margin - onScreen.getMaxX();
            }
            if (onScreen.getMinY() < margin) {
                dy = margin - onScreen.getMinY();
            } else if (onScreen.getMaxY() > getHeight() - margin) {
                dy = getHeight() - margin - onScreen.getMaxY();
            }
            panBy(dx, dy);
        });
    }

    /** Where the symbol of an id is, in drawing units: its filled or closed shapes (lines and texts only when nothing else). */
    public Optional<Bounds> symbolBounds(String id) {
        List<Node> nodes = nodesById.getOrDefault(id, List.of());
        List<Node> symbol = nodes.stream().filter(node -> id.equals(node.getUserData()) && !(node instanceof Text)
                && !(node instanceof Line)).toList();
        List<Node> chosen = symbol.isEmpty() ? nodes : symbol;
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Node node : chosen) {
            Bounds bounds = node.getBoundsInParent();
            minX = Math.min(minX, bounds.getMinX());
            minY = Math.min(minY, bounds.getMinY());
            maxX = Math.max(maxX, bounds.getMaxX());
            maxY = Math.max(maxY, bounds.getMaxY());
        }
        return Optional.of(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
    }

    /** Where a point of the drawing is on the screen (in this pane's coordinates), for tests and tooltips. */
    public Point2D toScreen(double x, double y) {
        return world.localToParent(x, y);
    }

    private void placeHighlight(String id) {
        Optional<Bounds> bounds = id == null ? Optional.empty() : symbolBounds(id);
        highlight.setVisible(bounds.isPresent());
        bounds.ifPresent(box -> {
            double pad = 5;
            highlight.setX(box.getMinX() - pad);
            highlight.setY(box.getMinY() - pad);
            highlight.setWidth(box.getWidth() + 2 * pad);
            highlight.setHeight(box.getHeight() + 2 * pad);
        });
    }

    private void zoomAround(double factor, Point2D pivot) {
        movedByHand = true;
        double target = clamp(scale.getX() * factor);
        double applied = target / scale.getX();
        pan.setX(pivot.getX() - (pivot.getX() - pan.getX()) * applied);
        pan.setY(pivot.getY() - (pivot.getY() - pan.getY()) * applied);
        scale.setX(target);
        scale.setY(target);
    }

    private static double clamp(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        // the tab pane around the drawing takes the focus on any press that reaches it; then letters die and the
        // arrow keys switch tabs. The press is the drawing's own.
        event.consume();
        pressedAt = new Point2D(event.getX(), event.getY());
        moved = false;
        dragging = idOf(event.getPickResult().getIntersectedNode());
    }

    private void dragged(MouseEvent event) {
        if (pressedAt == null) {
            return;
        }
        double dx = event.getX() - pressedAt.getX();
        double dy = event.getY() - pressedAt.getY();
        if (!moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        moved = true;
        if (dragging != null && movable.test(dragging)) {
            for (Node node : nodesById.getOrDefault(dragging, List.of())) {
                node.setTranslateX(dx / zoom());
                node.setTranslateY(dy / zoom());
            }
            placeHighlight(selectedId.get());
        } else {
            panBy(dx, dy);
            pressedAt = new Point2D(event.getX(), event.getY());
        }
    }

    private void released(MouseEvent event) {
        if (pressedAt == null) {
            return;
        }
        if (!moved) {
            onPicked.accept(dragging);
        } else if (dragging != null && movable.test(dragging)) {
            Point2D distance = new Point2D((event.getX() - pressedAt.getX()) / zoom(), (event.getY() - pressedAt.getY()) / zoom());
            onMoved.accept(dragging, distance);
        }
        pressedAt = null;
        dragging = null;
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            zoomAround(event.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, new Point2D(event.getX(), event.getY()));
            event.consume();
        }
    }

    /** The drawer names the parts of a symbol {@code key:name}, {@code key:years}…: they belong to {@code key}. */
    static String owner(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    private static String idOf(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current.getUserData() instanceof String id) {
                return owner(id);
            }
        }
        return null;
    }
}
