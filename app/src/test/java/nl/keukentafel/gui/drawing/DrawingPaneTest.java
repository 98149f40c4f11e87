package nl.keukentafel.gui.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import nl.keukentafel.logic.genogram.draw.Drawing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The screen painter: every shape kind painted with its style, picked by id, zoomed, fitted and dragged. Real JavaFX. */
class DrawingPaneTest extends FxRobot {
    private static final Drawing.Style SOLID = new Drawing.Style("#000000", 2, List.of(), null);
    private static final Drawing.Style DASHED = new Drawing.Style("#aa0000", 1, List.of(6.0, 3.0), "#ffeeee");
    private static final Drawing DRAWING = new Drawing(400, 200, List.of(
            new Drawing.Rect("father", 20, 20, 40, 40, 0, SOLID),
            new Drawing.Ellipse("mother", 200, 40, 20, 20, DASHED),
            new Drawing.Line("couple", 60, 40, 180, 40, SOLID),
            new Drawing.Polyline(null, List.of(100.0, 150.0, 120.0, 170.0, 140.0, 150.0), true, SOLID),
            new Drawing.Text("father", 40, 80, "Jan", 12, true, Drawing.Anchor.MIDDLE, "#333333")));

    private final DrawingPane pane = new DrawingPane();
    private final List<String> picked = new ArrayList<>();
    private final List<Point2D> moves = new ArrayList<>();

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            pane.setPrefSize(800, 400);
            stage.setScene(new Scene(pane, 800, 400));
            stage.show();
        });
        interact(() -> {
            pane.setOnPicked(picked::add);
            pane.setOnMoved(id -> id.equals("father"), (id, distance) -> moves.add(distance));
            pane.show(DRAWING);
            pane.layout();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void paintsEveryShapeWithItsStyle() {
        assertThat(lookup(node -> node instanceof Rectangle rectangle && "father".equals(rectangle.getUserData())).tryQuery()).isPresent();
        Ellipse mother = lookup(node -> node instanceof Ellipse).queryAs(Ellipse.class);
        assertThat(mother.getStrokeDashArray()).containsExactly(6.0, 3.0);
        assertThat(mother.getFill().toString()).isEqualTo("0xffeeeeff");
        assertThat(lookup(node -> node instanceof Line line && line.getStrokeWidth() == 2).tryQuery()).isPresent();
        Text name = lookup(node -> node instanceof Text text && "Jan".equals(text.getText())).queryAs(Text.class);
        assertThat(name.getX() + name.getLayoutBounds().getWidth() / 2).as("middle anchor centres the text").isCloseTo(40, within(0.5));
    }

    @Test
    void aTallerDrawingShownFittedStaysWholeAndShownPlainKeepsTheZoom() {
        Drawing taller = new Drawing(400, 600, DRAWING.shapes());
        double zoom = pane.zoom();
        interact(() -> pane.show(taller));
        assertThat(pane.zoom()).as("a plain show keeps zoom and pan").isEqualTo(zoom);
        assertThat(600 * pane.zoom()).as("so the taller drawing runs out of view").isGreaterThan(pane.getHeight());
        interact(() -> pane.showFitted(taller));
        assertThat(600 * pane.zoom()).as("fitted again").isLessThanOrEqualTo(pane.getHeight());
        interact(pane::zoomIn);
        double zoomed = pane.zoom();
        interact(() -> pane.showFitted(DRAWING));
        assertThat(pane.zoom()).as("zoomed by hand: kept").isEqualTo(zoomed);
    }

    @Test
    void aClickPicksTheShapesIdAndTheSelectionIsHighlighted() {
        clickOn(screenPoint(200, 40), MouseButton.PRIMARY);
        assertThat(picked).containsExactly("mother");
        interact(() -> pane.selectedIdProperty().set("mother"));
        Bounds highlight = lookup("#drawingSelection").query().getBoundsInParent();
        assertThat(highlight.getMinX()).isLessThan(180);
        assertThat(highlight.getMaxX()).isGreaterThan(220);
    }

    @Test
    void fitShowsTheWholeDrawingAndZoomKeepsTheCentre() {
        interact(pane::fit);
        Point2D topLeft = pane.toScreen(0, 0);
        Point2D bottomRight = pane.toScreen(400, 200);
        assertThat(topLeft.getX()).isGreaterThanOrEqualTo(0);
        assertThat(bottomRight.getX()).isLessThanOrEqualTo(800);
        assertThat(bottomRight.getY()).isLessThanOrEqualTo(400);
        double before = pane.zoom();
        Point2D centre = pane.toScreen(200, 100);
        interact(pane::zoomIn);
        assertThat(pane.zoom()).isGreaterThan(before);
        interact(pane::zoomOut);
        assertThat(pane.toScreen(200, 100).getX()).isCloseTo(centre.getX(), within(0.5));
    }

    @Test
    void draggingAMovableShapeReportsTheDistanceInDrawingUnits() {
        double zoom = pane.zoom();
        Point2D start = screenPoint(40, 40);
        drag(start, MouseButton.PRIMARY).moveBy(60, 30).release(MouseButton.PRIMARY);
        assertThat(moves).hasSize(1);
        assertThat(moves.get(0).getX()).isCloseTo(60 / zoom, within(2.0));
        assertThat(moves.get(0).getY()).isCloseTo(30 / zoom, within(2.0));
        assertThat(picked).isEmpty();
    }

    private Point2D screenPoint(double x, double y) {
        Point2D local = pane.toScreen(x, y);
        return pane.localToScreen(local);
    }
}
