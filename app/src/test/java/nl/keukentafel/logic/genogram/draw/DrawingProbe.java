package nl.keukentafel.logic.genogram.draw;

import java.util.List;
import java.util.Objects;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;

/** Reads a drawing back by shape id, for geometry tests. */
public record DrawingProbe(Drawing drawing) {
    public List<Shape> withId(String id) {
        return drawing.shapes().stream().filter(shape -> Objects.equals(shape.id(), id)).toList();
    }

    public Shape one(String id) {
        List<Shape> shapes = withId(id);
        if (shapes.size() != 1) {
            throw new AssertionError(shapes.size() + " shapes with id " + id);
        }
        return shapes.getFirst();
    }

    public Box box(String id) {
        return DrawingBounds.of(one(id));
    }

    public double centreX(String id) {
        Box box = box(id);
        return (box.minX() + box.maxX()) / 2;
    }

    public double centreY(String id) {
        Box box = box(id);
        return (box.minY() + box.maxY()) / 2;
    }

    public List<Shape> ownedBy(String owner) {
        return drawing.shapes().stream().filter(shape -> owner.equals(Drawing.owner(shape.id()))).toList();
    }

    /** Whether the point lies inside a closed polyline or rect (ray casting). */
    public static boolean inside(Shape boundary, double x, double y) {
        if (boundary instanceof Drawing.Rect rect) {
            return x >= rect.x() && x <= rect.x() + rect.width() && y >= rect.y() && y <= rect.y() + rect.height();
        }
        List<Double> p = ((Drawing.Polyline) boundary).points();
        boolean inside = false;
        int n = p.size() / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = p.get(2 * i);
            double yi = p.get(2 * i + 1);
            double xj = p.get(2 * j);
            double yj = p.get(2 * j + 1);
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
