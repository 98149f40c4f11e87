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

    /** A person's symbol and its parts (outline, cross, age, name, years), without the lines a lone parent draws. */
    public List<Shape> personParts(String key) {
        return ownedBy(key).stream().filter(shape -> !shape.id().contains(":child")).toList();
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

    /** The straight pieces of a line, polyline (closed: with the closing piece) or rect outline, as x1, y1, x2, y2. */
    public static List<double[]> segments(Shape shape) {
        List<double[]> segments = new java.util.ArrayList<>();
        switch (shape) {
            case Drawing.Line line -> segments.add(new double[] {line.x1(), line.y1(), line.x2(), line.y2()});
            case Drawing.Polyline polyline -> {
                List<Double> p = polyline.points();
                int n = p.size() / 2;
                for (int i = 0; i + 1 < n; i++) {
                    segments.add(new double[] {p.get(2 * i), p.get(2 * i + 1), p.get(2 * i + 2), p.get(2 * i + 3)});
                }
                if (polyline.closed() && n > 2) {
                    segments.add(new double[] {p.get(2 * n - 2), p.get(2 * n - 1), p.get(0), p.get(1)});
                }
            }
            case Drawing.Rect rect -> {
                double x2 = rect.x() + rect.width();
                double y2 = rect.y() + rect.height();
                segments.add(new double[] {rect.x(), rect.y(), x2, rect.y()});
                segments.add(new double[] {x2, rect.y(), x2, y2});
                segments.add(new double[] {x2, y2, rect.x(), y2});
                segments.add(new double[] {rect.x(), y2, rect.x(), rect.y()});
            }
            default -> { }
        }
        return segments;
    }

    /** Whether a straight piece passes through the inside of a box (Liang–Barsky clipping). */
    public static boolean crosses(double[] segment, Box box) {
        double t0 = 0;
        double t1 = 1;
        double dx = segment[2] - segment[0];
        double dy = segment[3] - segment[1];
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {segment[0] - box.minX(), box.maxX() - segment[0], segment[1] - box.minY(), box.maxY() - segment[1]};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t1 - t0 > 1e-9;
    }

    /** Whether two straight pieces intersect at a point other than a shared end. */
    public static boolean intersect(double[] a, double[] b) {
        double d1 = cross(b, a[0], a[1]);
        double d2 = cross(b, a[2], a[3]);
        double d3 = cross(a, b[0], b[1]);
        double d4 = cross(a, b[2], b[3]);
        return (d1 > 1e-9 && d2 < -1e-9 || d1 < -1e-9 && d2 > 1e-9) && (d3 > 1e-9 && d4 < -1e-9 || d3 < -1e-9 && d4 > 1e-9);
    }

    /** Whether two straight pieces run along each other on one line for more than a point. */
    public static boolean runAlong(double[] a, double[] b) {
        if (Math.abs(cross(a, b[0], b[1])) > 1e-6 || Math.abs(cross(a, b[2], b[3])) > 1e-6) {
            return false;
        }
        boolean vertical = Math.abs(a[0] - a[2]) < 1e-9;
        double a1 = vertical ? Math.min(a[1], a[3]) : Math.min(a[0], a[2]);
        double a2 = vertical ? Math.max(a[1], a[3]) : Math.max(a[0], a[2]);
        double b1 = vertical ? Math.min(b[1], b[3]) : Math.min(b[0], b[2]);
        double b2 = vertical ? Math.max(b[1], b[3]) : Math.max(b[0], b[2]);
        return Math.min(a2, b2) - Math.max(a1, b1) > 1e-6;
    }

    private static double cross(double[] segment, double x, double y) {
        return (segment[2] - segment[0]) * (y - segment[1]) - (segment[3] - segment[1]) * (x - segment[0]);
    }
}
