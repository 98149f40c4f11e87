package nl.keukentafel.logic.genogram.ecogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.keukentafel.logic.genogram.draw.Drawing.Anchor;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Line;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;
import nl.keukentafel.logic.genogram.draw.Styles;
import nl.keukentafel.logic.genogram.ecogram.EcogramGraph.Node;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.genogram.SupportKind;

/** One ecogram line from the household circle to a contact, with its arrows and support tags. Stateless. */
final class EcogramLines {
    static final String STRESS = "#c62828";
    static final String NONE = "#9ca3af";
    private static final double ARROW = 11;

    private EcogramLines() {
    }

    static Style style(LinkStrength strength) {
        if (strength == null) {
            return Styles.solid(NONE, 1, null);
        }
        return switch (strength) {
            case STRONG -> Styles.solid(Styles.INK, 4, null);
            case WEAK -> Styles.dashed(Styles.INK, 1.4, 7, 5);
            case STRESSFUL -> Styles.solid(STRESS, 1.6, null);
        };
    }

    static void draw(List<Shape> shapes, Node node, double[] at, EcogramLayout layout, Function<String, String> text,
                     Set<EcogramLegend.Item> used) {
        String id = node.id() + ":line";
        double ux = Math.cos(at[2]);
        double uy = Math.sin(at[2]);
        double start = layout.householdRadius() + 3;
        double end = layout.ringRadius() - layout.nodeRadius() - 3;
        boolean in = EcogramDrawer.towardHousehold(node.direction());
        boolean out = EcogramDrawer.towardContact(node.direction());
        double from = start + (in ? ARROW : 0);
        double to = end - (out ? ARROW : 0);
        if (node.strength() == LinkStrength.STRESSFUL) {
            shapes.add(new Polyline(id, zigzag(ux, uy, from, to), false, style(node.strength())));
        } else {
            shapes.add(new Line(id, ux * from, uy * from, ux * to, uy * to, style(node.strength())));
        }
        used.add(EcogramLegend.Item.of(node.strength()));
        String colour = node.strength() == LinkStrength.STRESSFUL ? STRESS : node.strength() == null ? NONE : Styles.INK;
        if (in) {
            shapes.add(arrow(id + ":in", ux, uy, start, -1, colour));
        }
        if (out) {
            shapes.add(arrow(id + ":out", ux, uy, end, 1, colour));
        }
        if (in || out) {
            used.add(EcogramLegend.Item.ARROW);
        }
        double tagAt = (start + end) / 2 - (node.support().stream().distinct().count() - 1) * 9;
        for (SupportKind kind : node.support().stream().distinct().sorted().toList()) {
            double x = ux * tagAt;
            double y = uy * tagAt;
            shapes.add(new Ellipse(id + ":tag", x, y, 8, 8, Styles.solid(Styles.INK, 0.8, "#fff7d6")));
            shapes.add(new Text(id + ":tag", x, y + 3.2, text.apply(EcogramDrawer.tag(kind)), 9, true, Anchor.MIDDLE, Styles.TEXT));
            used.add(EcogramLegend.Item.of(kind));
            tagAt += 18;
        }
    }

    private static List<Double> zigzag(double ux, double uy, double from, double to) {
        List<Double> points = new ArrayList<>();
        int teeth = Math.max(2, (int) ((to - from) / 8));
        for (int i = 0; i <= teeth; i++) {
            double along = from + (to - from) * i / teeth;
            double side = i == 0 || i == teeth ? 0 : (i % 2 == 0 ? 4 : -4);
            points.add(ux * along - uy * side);
            points.add(uy * along + ux * side);
        }
        return points;
    }

    /** A filled arrowhead with its tip at distance {@code tip} along the direction, pointing outward (+1) or inward (-1). */
    static Polyline arrow(String id, double ux, double uy, double tip, int outward, String colour) {
        double baseAt = tip - outward * ARROW;
        double tx = ux * tip;
        double ty = uy * tip;
        double bx = ux * baseAt;
        double by = uy * baseAt;
        double half = ARROW * 0.5;
        return new Polyline(id, List.of(tx, ty, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half), true,
                Styles.solid(colour, 1, colour));
    }
}
