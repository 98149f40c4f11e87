package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Line;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Rect;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;

/**
 * The boxes shapes cover (text by its estimated width), and moving shapes: for fitting, tiling, tests of overlap
 * and for placing the legend beside the picture. Stateless.
 */
public final class DrawingBounds {
    private DrawingBounds() {
    }

    /** An axis-aligned box. */
    public record Box(double minX, double minY, double maxX, double maxY) {
        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }

        public boolean overlaps(Box other) {
            return minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY;
        }

        public boolean contains(Box other) {
            return minX <= other.minX && minY <= other.minY && other.maxX <= maxX && other.maxY <= maxY;
        }

        public Box union(Box other) {
            return new Box(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
                    Math.max(maxY, other.maxY));
        }

        public Box grow(double margin) {
            return new Box(minX - margin, minY - margin, maxX + margin, maxY + margin);
        }
    }

    public static Box of(Shape shape) {
        return switch (shape) {
            case Rect rect -> new Box(rect.x(), rect.y(), rect.x() + rect.width(), rect.y() + rect.height());
            case Ellipse ellipse -> new Box(ellipse.centerX() - ellipse.radiusX(), ellipse.centerY() - ellipse.radiusY(),
                    ellipse.centerX() + ellipse.radiusX(), ellipse.centerY() + ellipse.radiusY());
            case Line line -> new Box(Math.min(line.x1(), line.x2()), Math.min(line.y1(), line.y2()), Math.max(line.x1(), line.x2()),
                    Math.max(line.y1(), line.y2()));
            case Polyline polyline -> ofPoints(polyline.points());
            case Text text -> ofText(text);
        };
    }

    /** The box of all shapes; an empty list gives a zero box at the origin. */
    public static Box of(List<? extends Shape> shapes) {
        Box box = null;
        for (Shape shape : shapes) {
            box = box == null ? of(shape) : box.union(of(shape));
        }
        return box == null ? new Box(0, 0, 0, 0) : box;
    }

    private static Box ofPoints(List<Double> points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < points.size(); i += 2) {
            minX = Math.min(minX, points.get(i));
            maxX = Math.max(maxX, points.get(i));
            minY = Math.min(minY, points.get(i + 1));
            maxY = Math.max(maxY, points.get(i + 1));
        }
        return new Box(minX, minY, maxX, maxY);
    }

    private static Box ofText(Text text) {
        double width = Styles.textWidth(text.text(), text.size());
        double left = switch (text.anchor()) {
            case START -> text.x();
            case MIDDLE -> text.x() - width / 2;
            case END -> text.x() - width;
        };
        return new Box(left, text.y() - text.size() * 0.8, left + width, text.y() + text.size() * 0.25);
    }

    public static Shape translate(Shape shape, double dx, double dy) {
        return switch (shape) {
            case Rect r -> new Rect(r.id(), r.x() + dx, r.y() + dy, r.width(), r.height(), r.cornerRadius(), r.style());
            case Ellipse e -> new Ellipse(e.id(), e.centerX() + dx, e.centerY() + dy, e.radiusX(), e.radiusY(), e.style());
            case Line l -> new Line(l.id(), l.x1() + dx, l.y1() + dy, l.x2() + dx, l.y2() + dy, l.style());
            case Polyline p -> {
                List<Double> moved = new ArrayList<>(p.points().size());
                for (int i = 0; i < p.points().size(); i++) {
                    moved.add(p.points().get(i) + (i % 2 == 0 ? dx : dy));
                }
                yield new Polyline(p.id(), moved, p.closed(), p.style());
            }
            case Text t -> new Text(t.id(), t.x() + dx, t.y() + dy, t.text(), t.size(), t.bold(), t.anchor(), t.color(), t.title());
        };
    }

    public static List<Shape> translate(List<Shape> shapes, double dx, double dy) {
        return shapes.stream().map(shape -> translate(shape, dx, dy)).toList();
    }

    /** The shapes moved so their box starts at (margin, margin), in a drawing that leaves the margin on every side. */
    public static Drawing framed(List<Shape> shapes, double margin) {
        Box box = of(shapes);
        return new Drawing(box.width() + 2 * margin, box.height() + 2 * margin,
                translate(shapes, margin - box.minX(), margin - box.minY()));
    }

    /** {@code right} placed to the right of {@code left} with a gap, tops aligned. */
    public static Drawing beside(Drawing left, Drawing right, double gap) {
        List<Shape> shapes = new ArrayList<>(left.shapes());
        shapes.addAll(translate(right.shapes(), left.width() + gap, 0));
        return new Drawing(left.width() + gap + right.width(), Math.max(left.height(), right.height()), shapes);
    }

    /** {@code bottom} placed under {@code top} with a gap, left edges aligned. */
    public static Drawing below(Drawing top, Drawing bottom, double gap) {
        List<Shape> shapes = new ArrayList<>(top.shapes());
        shapes.addAll(translate(bottom.shapes(), 0, top.height() + gap));
        return new Drawing(Math.max(top.width(), bottom.width()), top.height() + gap + bottom.height(), shapes);
    }

    /** The shape scaled by {@code factor} about the origin; pen widths stay, so small samples keep readable lines. */
    public static Shape scale(Shape shape, double factor) {
        return switch (shape) {
            case Rect r -> new Rect(r.id(), r.x() * factor, r.y() * factor, r.width() * factor, r.height() * factor,
                    r.cornerRadius() * factor, r.style());
            case Ellipse e -> new Ellipse(e.id(), e.centerX() * factor, e.centerY() * factor, e.radiusX() * factor,
                    e.radiusY() * factor, e.style());
            case Line l -> new Line(l.id(), l.x1() * factor, l.y1() * factor, l.x2() * factor, l.y2() * factor, l.style());
            case Polyline p -> new Polyline(p.id(), p.points().stream().map(value -> value * factor).toList(), p.closed(), p.style());
            case Text t -> new Text(t.id(), t.x() * factor, t.y() * factor, t.text(), t.size() * factor, t.bold(), t.anchor(), t.color(),
                    t.title());
        };
    }
}
