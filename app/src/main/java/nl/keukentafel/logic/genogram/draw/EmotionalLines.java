package nl.keukentafel.logic.genogram.draw;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Relation;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.model.genogram.RelationType;

/**
 * Emotional relations, drawn last over the structure, from symbol edge to symbol edge along a gentle curve (so a line
 * between two people on one row bows over the ones between instead of running through them). Colour and pattern per
 * type; abuse, neglect and caretaking end in an arrow at {@code to} (the victim, the one cared for). Stateless.
 */
final class EmotionalLines {
    private static final String GREEN = "#2e7d32";
    private static final String BLUE_GREY = "#546e7a";
    private static final String RED = "#c62828";
    private static final String BROWN = "#6d4c41";
    private static final String DARK_RED = "#8e0000";
    private static final String BLUE = "#1565c0";
    private static final double CLEARANCE = 5;

    private EmotionalLines() {
    }

    static void draw(Canvas canvas, FamilyGraph graph, Map<UUID, double[]> centres, Map<UUID, Double> halves) {
        for (Relation relation : graph.relations()) {
            double[] from = centres.get(relation.from());
            double[] to = centres.get(relation.to());
            if (from == null || to == null || relation.type() == null || relation.from().equals(relation.to())) {
                continue;
            }
            List<Double> path = PathGeometry.curveBetween(from, control(from, to, true), control(to, from, false), to,
                    halves.get(relation.from()) + CLEARANCE, halves.get(relation.to()) + CLEARANCE);
            if (path.size() >= 4) {
                paint(canvas, relation.id().toString(), relation.type(), path);
                canvas.use(LegendItem.of(relation.type()));
            }
        }
    }

    /**
     * Where the curve leaves or enters a symbol. On one row it arches over the symbols between (leaving and entering
     * from above); across rows it leaves and enters from the sides, so it stays clear of the names under a parent
     * and of the child lines coming down into a child: a C-bow to the right for people above each other, an S-curve
     * for people further apart.
     */
    private static double[] control(double[] self, double[] other, boolean start) {
        double dx = other[0] - self[0];
        if (Math.abs(self[1] - other[1]) < 1) {
            return new double[] {self[0], self[1] - (40 + Math.abs(dx) * 0.2)};
        }
        double reach = 60;
        if (Math.abs(dx) < 2 * reach) {
            return new double[] {self[0] + reach, self[1]};
        }
        return new double[] {self[0] + Math.signum(dx) * reach, self[1]};
    }

    static void paint(Canvas canvas, String id, RelationType type, List<Double> path) {
        switch (type) {
            case CLOSE -> {
                add(canvas, id, PathGeometry.offset(path, 2.5), pen(GREEN, 1.3));
                add(canvas, id + ":2", PathGeometry.offset(path, -2.5), pen(GREEN, 1.3));
            }
            case FUSED -> {
                add(canvas, id, path, pen(GREEN, 1.3));
                add(canvas, id + ":2", PathGeometry.offset(path, 4), pen(GREEN, 1.3));
                add(canvas, id + ":3", PathGeometry.offset(path, -4), pen(GREEN, 1.3));
            }
            case DISTANT -> add(canvas, id, path, Styles.dashed(BLUE_GREY, 1.6, 1.5, 4));
            case CONFLICT -> add(canvas, id, PathGeometry.zigzag(path, 4, 8), pen(RED, 1.4));
            case HOSTILE -> {
                add(canvas, id, PathGeometry.zigzag(path, 4, 8), pen(RED, 1.4));
                add(canvas, id + ":2", PathGeometry.offset(path, 6), pen(RED, 1.2));
            }
            case CUT_OFF -> {
                add(canvas, id, PathGeometry.piece(path, 0, 0.45), pen(BROWN, 1.4));
                add(canvas, id + ":2", PathGeometry.piece(path, 0.55, 1), pen(BROWN, 1.4));
                bar(canvas, id + ":3", path, 0.45, BROWN);
                bar(canvas, id + ":4", path, 0.55, BROWN);
            }
            case REPAIRED -> {
                add(canvas, id, path, pen(BROWN, 1.4));
                bar(canvas, id + ":3", path, 0.45, BROWN);
                bar(canvas, id + ":4", path, 0.55, BROWN);
            }
            case ABUSE -> {
                add(canvas, id, PathGeometry.zigzag(PathGeometry.piece(path, 0, 0.9), 4, 8), pen(DARK_RED, 2));
                arrow(canvas, id, path, DARK_RED);
            }
            case NEGLECT -> {
                add(canvas, id, PathGeometry.piece(path, 0, 0.93), Styles.dashed(DARK_RED, 1.8, 6, 4));
                arrow(canvas, id, path, DARK_RED);
            }
            default -> { // CARETAKING
                add(canvas, id, PathGeometry.piece(path, 0, 0.93), pen(BLUE, 1.6));
                arrow(canvas, id, path, BLUE);
            }
        }
    }

    private static Style pen(String colour, double width) {
        return Styles.solid(colour, width, null);
    }

    private static void add(Canvas canvas, String id, List<Double> points, Style style) {
        canvas.add(new Polyline(id, points, false, style));
    }

    private static void bar(Canvas canvas, String id, List<Double> path, double fraction, String colour) {
        double[] bar = PathGeometry.crossBar(path, fraction, 7);
        canvas.line(id, bar[0], bar[1], bar[2], bar[3], pen(colour, 1.6));
    }

    private static void arrow(Canvas canvas, String id, List<Double> path, String colour) {
        canvas.add(new Polyline(id + ":arrow", PathGeometry.arrowhead(path, 10), true, Styles.solid(colour, 1, colour)));
    }
}
