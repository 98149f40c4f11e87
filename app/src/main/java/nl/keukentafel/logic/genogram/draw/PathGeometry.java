package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * Paths as flat point lists (x0, y0, x1, y1, …) and the patterns drawn along them: parallel copies (close, fused),
 * a zigzag (conflict, hostile, abuse), a piece between two fractions (a cut-off's gap) and an arrowhead. Stateless.
 */
final class PathGeometry {
    private static final int SAMPLES = 64;

    private PathGeometry() {
    }

    /**
     * A cubic curve from centre a to centre b with control points c1 and c2, with the ends inside the two symbols cut
     * off (radius {@code clearA}, {@code clearB}) so it starts and ends at their edges.
     */
    static List<Double> curveBetween(double[] a, double[] c1, double[] c2, double[] b, double clearA, double clearB) {
        List<Double> points = new ArrayList<>();
        for (int i = 0; i <= SAMPLES; i++) {
            double t = (double) i / SAMPLES;
            double u = 1 - t;
            double x = u * u * u * a[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * b[0];
            double y = u * u * u * a[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * b[1];
            if (Math.hypot(x - a[0], y - a[1]) > clearA && Math.hypot(x - b[0], y - b[1]) > clearB) {
                points.add(x);
                points.add(y);
            }
        }
        return points;
    }

    static double length(List<Double> path) {
        double total = 0;
        for (int i = 2; i + 1 < path.size(); i += 2) {
            total += Math.hypot(path.get(i) - path.get(i - 2), path.get(i + 1) - path.get(i - 1));
        }
        return total;
    }

    /** The point at distance {@code s} along the path, with the unit direction there: {x, y, ux, uy}. */
    static double[] at(List<Double> path, double s) {
        double walked = 0;
        for (int i = 2; i + 1 < path.size(); i += 2) {
            double x0 = path.get(i - 2);
            double y0 = path.get(i - 1);
            double segment = Math.hypot(path.get(i) - x0, path.get(i + 1) - y0);
            if (segment > 0 && (walked + segment >= s || i + 3 >= path.size())) {
                double t = Math.min(1, Math.max(0, (s - walked) / segment));
                double ux = (path.get(i) - x0) / segment;
                double uy = (path.get(i + 1) - y0) / segment;
                return new double[] {x0 + ux * segment * t, y0 + uy * segment * t, ux, uy};
            }
            walked += segment;
        }
        double x = path.isEmpty() ? 0 : path.get(0);
        double y = path.isEmpty() ? 0 : path.get(1);
        return new double[] {x, y, 1, 0};
    }

    /** The path shifted sideways by {@code offset} (positive = left of the direction of travel). */
    static List<Double> offset(List<Double> path, double offset) {
        List<Double> shifted = new ArrayList<>(path.size());
        int count = path.size() / 2;
        for (int i = 0; i < count; i++) {
            int from = Math.max(0, i - 1);
            int to = Math.min(count - 1, i + 1);
            double dx = path.get(2 * to) - path.get(2 * from);
            double dy = path.get(2 * to + 1) - path.get(2 * from + 1);
            double length = Math.max(1e-9, Math.hypot(dx, dy));
            shifted.add(path.get(2 * i) + dy / length * offset);
            shifted.add(path.get(2 * i + 1) - dx / length * offset);
        }
        return shifted;
    }

    /** A zigzag along the path: teeth {@code wave} long, {@code amplitude} to each side. */
    static List<Double> zigzag(List<Double> path, double amplitude, double wave) {
        double length = length(path);
        int teeth = Math.max(2, (int) Math.round(length / wave));
        List<Double> points = new ArrayList<>();
        for (int i = 0; i <= teeth * 2; i++) {
            double[] here = at(path, length * i / (teeth * 2));
            double side = i == 0 || i == teeth * 2 ? 0 : (i % 2 == 0 ? -amplitude : amplitude);
            points.add(here[0] - here[3] * side);
            points.add(here[1] + here[2] * side);
        }
        return points;
    }

    /** The part of the path between two fractions of its length. */
    static List<Double> piece(List<Double> path, double fromFraction, double toFraction) {
        double length = length(path);
        List<Double> points = new ArrayList<>();
        int steps = 24;
        for (int i = 0; i <= steps; i++) {
            double[] here = at(path, length * (fromFraction + (toFraction - fromFraction) * i / steps));
            points.add(here[0]);
            points.add(here[1]);
        }
        return points;
    }

    /** A short bar across the path at a fraction of its length. */
    static double[] crossBar(List<Double> path, double fraction, double half) {
        double[] here = at(path, length(path) * fraction);
        return new double[] {here[0] - here[3] * half, here[1] + here[2] * half, here[0] + here[3] * half, here[1] - here[2] * half};
    }

    /** A closed arrowhead at the path's end, pointing along its last direction. */
    static List<Double> arrowhead(List<Double> path, double size) {
        double[] end = at(path, length(path));
        double bx = end[0] - end[2] * size;
        double by = end[1] - end[3] * size;
        double wx = -end[3] * size * 0.5;
        double wy = end[2] * size * 0.5;
        return List.of(end[0], end[1], bx + wx, by + wy, bx - wx, by - wy);
    }
}
