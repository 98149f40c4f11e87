package nl.keukentafel.logic.genogram.ecogram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.Drawing.Anchor;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Line;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;
import nl.keukentafel.logic.genogram.draw.DrawingBounds;
import nl.keukentafel.logic.genogram.draw.Styles;
import nl.keukentafel.logic.genogram.ecogram.EcogramGraph.Node;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.genogram.SupportDirection;
import nl.keukentafel.model.genogram.SupportKind;

/**
 * Draws an ecogram: group separators and labels, the lines (strong thick, weak dashed, stressful zigzag, no line
 * yet thin grey) with arrows in the direction of support and letter tags for its kinds, then the household circle
 * with the members' names and a circle per contact with name and organisation; plus a legend of what is used.
 * Ids: "household", the contact or eco-link id for a circle, {@code id:line} for its line. Stateless, thread-safe.
 */
public final class EcogramDrawer {
    private static final double MARGIN = 20;

    /** The picture and its legend, as for the genogram. */
    public record Parts(Drawing picture, Drawing legend) {
    }

    public Parts draw(EcogramGraph graph, Function<String, String> text) {
        EcogramLayout layout = EcogramLayout.of(graph);
        List<Shape> shapes = new ArrayList<>();
        Set<EcogramLegend.Item> used = EnumSet.noneOf(EcogramLegend.Item.class);
        sectors(shapes, layout, text);
        for (Node node : graph.nodes()) {
            double[] at = layout.nodes().get(node.id());
            EcogramLines.draw(shapes, node, at, layout, text, used);
        }
        shapes.add(new Ellipse("household", 0, 0, layout.householdRadius(), layout.householdRadius(),
                Styles.solid(Styles.INK, 2.2, "#eef4fb")));
        double y = -graph.members().size() * 6.0 + 4;
        shapes.add(new Text("household:name", 0, y - 12, graph.household() == null ? "" : graph.household(), 11, true, Anchor.MIDDLE,
                Styles.TEXT));
        for (String member : graph.members()) {
            y += 12;
            shapes.add(new Text("household:member", 0, y, member, 9.5, false, Anchor.MIDDLE, Styles.TEXT));
        }
        for (Node node : graph.nodes()) {
            double[] at = layout.nodes().get(node.id());
            String id = node.id().toString();
            shapes.add(new Ellipse(id, at[0], at[1], layout.nodeRadius(), layout.nodeRadius(), Styles.SYMBOL));
            List<String> lines = wrap(node.name(), 14);
            double longest = lines.stream().mapToDouble(line -> Styles.textWidth(line, 1)).max().orElse(1);
            double size = Math.min(9.5, (2 * layout.nodeRadius() - 10) / longest);
            double lineY = at[1] - (lines.size() - 1) * 5.5 + 3;
            for (String line : lines) {
                shapes.add(new Text(id + ":name", at[0], lineY, line, size, false, Anchor.MIDDLE, Styles.TEXT));
                lineY += 11;
            }
            if (node.organisation() != null && !node.organisation().isBlank()) {
                shapes.add(new Text(id + ":organisation", at[0], at[1] + layout.nodeRadius() + 11, node.organisation(), 8.5, false,
                        Anchor.MIDDLE, Styles.MUTED));
            }
        }
        return new Parts(DrawingBounds.framed(shapes, MARGIN), EcogramLegend.of(used, text));
    }

    private static void sectors(List<Shape> shapes, EcogramLayout layout, Function<String, String> text) {
        double inner = layout.householdRadius() + 20;
        double outer = layout.ringRadius() + layout.nodeRadius() + 50;
        double slotHalf = layout.sectors().size() > 1 ? Math.PI / Math.max(1, layout.nodes().size() + layout.sectors().size()) : 0;
        layout.sectors().forEach((group, span) -> {
            double middle = (span[0] + span[1]) / 2;
            // Beside the ring on the left and right (anchored away from it), above or below it at the top and bottom,
            // clear of the circles and the organisation under them.
            double cos = Math.cos(middle);
            double sin = Math.sin(middle);
            double labelRadius = layout.ringRadius() + layout.nodeRadius() + (Math.abs(cos) > 0.5 ? 12 : sin > 0 ? 56 : 30);
            Anchor anchor = cos > 0.5 ? Anchor.START : cos < -0.5 ? Anchor.END : Anchor.MIDDLE;
            shapes.add(new Text("sector:" + group.name(), labelRadius * cos, labelRadius * sin + 4, text.apply(group.key()), 10.5, true,
                    anchor, "#374151"));
            if (slotHalf > 0) {
                double edge = span[1] + slotHalf;
                shapes.add(new Line("sector:" + group.name() + ":edge", inner * Math.cos(edge), inner * Math.sin(edge),
                        outer * Math.cos(edge), outer * Math.sin(edge), Styles.dashed("#cbd5e1", 1, 4, 4)));
            }
        });
    }

    static List<String> wrap(String name, int width) {
        List<String> lines = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines.size() > 3 ? List.of(lines.get(0), lines.get(1), lines.get(2) + "…") : lines;
    }

    static boolean towardHousehold(SupportDirection direction) {
        return direction == SupportDirection.TO_HOUSEHOLD || direction == SupportDirection.BOTH_WAYS;
    }

    static boolean towardContact(SupportDirection direction) {
        return direction == SupportDirection.FROM_HOUSEHOLD || direction == SupportDirection.BOTH_WAYS;
    }

    static String tag(SupportKind kind) {
        return switch (kind) {
            case PRACTICAL -> "ecogram.tag.practical";
            case COMPANY -> "ecogram.tag.company";
            case ADVICE -> "ecogram.tag.advice";
            case EMOTIONAL -> "ecogram.tag.emotional";
        };
    }

    static boolean strong(LinkStrength strength) {
        return strength == LinkStrength.STRONG;
    }
}
