package nl.keukentafel.gui.drawing;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import nl.keukentafel.logic.genogram.draw.Drawing;

/** Turns the shapes of a {@link Drawing} into JavaFX nodes, styled as the exporters paint them. Stateless. */
public final class DrawingNodes {
    /** Thin lines are hard to hit with a mouse: an invisible wider line on top takes the clicks. */
    private static final double HIT_WIDTH = 10;

    private DrawingNodes() {
    }

    /** The nodes for one shape (a line with an id gets an extra invisible hit line); user data is the shape's id. */
    public static List<Node> of(Drawing.Shape shape) {
        Node node = switch (shape) {
            case Drawing.Rect rect -> styled(rectangle(rect), rect.style());
            case Drawing.Ellipse ellipse -> styled(new Ellipse(ellipse.centerX(), ellipse.centerY(), ellipse.radiusX(),
                    ellipse.radiusY()), ellipse.style());
            case Drawing.Line line -> styled(new Line(line.x1(), line.y1(), line.x2(), line.y2()), line.style());
            case Drawing.Polyline polyline -> styled(polyline(polyline), polyline.style());
            case Drawing.Text text -> text(text);
        };
        node.setUserData(shape.id());
        if (shape instanceof Drawing.Line line && line.id() != null) {
            Line hit = new Line(line.x1(), line.y1(), line.x2(), line.y2());
            hit.setStroke(Color.TRANSPARENT);
            hit.setStrokeWidth(Math.max(HIT_WIDTH, line.style().strokeWidth()));
            hit.setUserData(line.id());
            return List.of(node, hit);
        }
        return List.of(node);
    }

    private static Shape rectangle(Drawing.Rect rect) {
        Rectangle rectangle = new Rectangle(rect.x(), rect.y(), rect.width(), rect.height());
        rectangle.setArcWidth(rect.cornerRadius() * 2);
        rectangle.setArcHeight(rect.cornerRadius() * 2);
        return rectangle;
    }

    private static Shape polyline(Drawing.Polyline polyline) {
        double[] points = polyline.points().stream().mapToDouble(Double::doubleValue).toArray();
        return polyline.closed() ? new Polygon(points) : new Polyline(points);
    }

    private static Shape styled(Shape shape, Drawing.Style style) {
        shape.setStroke(style.stroke() == null ? null : Color.web(style.stroke()));
        shape.setStrokeWidth(style.strokeWidth());
        shape.getStrokeDashArray().setAll(style.dashes());
        shape.setFill(style.fill() == null ? null : Color.web(style.fill()));
        // an unfilled symbol is still picked when clicked inside, as the consultant expects
        shape.setPickOnBounds(style.fill() == null && !(shape instanceof Line) && !(shape instanceof Polyline));
        return shape;
    }

    private static Text text(Drawing.Text spec) {
        Text text = new Text(spec.text());
        text.setFont(Font.font(Font.getDefault().getFamily(), spec.bold() ? FontWeight.BOLD : FontWeight.NORMAL, spec.size()));
        text.setFill(spec.color() == null ? Color.BLACK : Color.web(spec.color()));
        text.setTextOrigin(VPos.BASELINE);
        double width = text.getLayoutBounds().getWidth();
        double x = switch (spec.anchor()) {
            case START -> spec.x();
            case MIDDLE -> spec.x() - width / 2;
            case END -> spec.x() - width;
        };
        text.setX(x);
        text.setY(spec.y());
        if (spec.title() != null) {
            Tooltip.install(text, new Tooltip(spec.title())); // a name cut to fit: the whole name on hover
        }
        return text;
    }
}
