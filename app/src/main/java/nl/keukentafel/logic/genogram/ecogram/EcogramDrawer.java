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
 * with the names of the members who live in it, a circle per contact with name and organisation, and, in the family's
 * sector outside the household circle, a circle per member who lives elsewhere joined by a plain family line; plus a
 * legend of what is used. Texts are at least as large as the genogram's. Ids: "household", the contact, eco-link or
 * member id for a circle, {@code id:line} for its line. Stateless, thread-safe.
 */
public final class EcogramDrawer {
    /** Text sizes: never smaller than the genogram's (names 10, years 8.5), as both are read at the same table. */
    static final double TITLE_SIZE = 12;
    static final double MEMBER_SIZE = 11;
    static final double MEMBER_LINE = 14;
    static final double NAME_SIZE = 11;
    static final double NAME_SIZE_LEAST = Styles.NAME_SIZE;
    static final double ORGANISATION_SIZE = 9.5;
    static final double SECTOR_SIZE = 11;
    private static final double SECTOR_WIDTH = 130;
    static final double TAG_SIZE = 9;
    /** A member who lives elsewhere: family, so a plain line, set apart from the contacts' kinds of band. */
    static final Drawing.Style FAMILY_LINE = Styles.solid(Styles.INK, 1.4, null);
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
        for (EcogramGraph.Relative relative : graph.elsewhere()) {
            double[] at = layout.nodes().get(relative.id());
            double start = layout.householdRadius() + 3;
            double end = layout.ringRadius() - layout.nodeRadius() - 3;
            shapes.add(new Line(relative.id() + ":line", Math.cos(at[2]) * start, Math.sin(at[2]) * start, Math.cos(at[2]) * end,
                    Math.sin(at[2]) * end, FAMILY_LINE));
            used.add(EcogramLegend.Item.ELSEWHERE);
        }
        shapes.add(new Ellipse("household", 0, 0, layout.householdRadius(), layout.householdRadius(),
                Styles.solid(Styles.INK, 2.2, "#eef4fb")));
        double y = -(graph.members().size() + 1) * MEMBER_LINE / 2 + MEMBER_SIZE * 0.8;
        shapes.add(new Text("household:name", 0, y, graph.household() == null ? "" : graph.household(), TITLE_SIZE, true, Anchor.MIDDLE,
                Styles.TEXT));
        for (String member : graph.members()) {
            y += MEMBER_LINE;
            shapes.add(new Text("household:member", 0, y, member, MEMBER_SIZE, false, Anchor.MIDDLE, Styles.TEXT));
        }
        for (Node node : graph.nodes()) {
            circle(shapes, node.id().toString(), node.name(), node.organisation(), layout.nodes().get(node.id()), layout, Styles.SYMBOL);
        }
        for (EcogramGraph.Relative relative : graph.elsewhere()) {
            circle(shapes, relative.id().toString(), relative.name(), text.apply("ecogram.livesElsewhere"),
                    layout.nodes().get(relative.id()), layout, Styles.solid(Styles.INK, 1.6, "#eef4fb"));
        }
        clearSectorLabels(shapes);
        return new Parts(DrawingBounds.framed(shapes, MARGIN), EcogramLegend.of(used, text));
    }

    /** A circle with a name inside (wrapped, cut with the full name as title when even three lines are too wide). */
    private static void circle(List<Shape> shapes, String id, String name, String below, double[] at, EcogramLayout layout,
                               Drawing.Style style) {
        shapes.add(new Ellipse(id, at[0], at[1], layout.nodeRadius(), layout.nodeRadius(), style));
        double room = 2 * layout.nodeRadius() - 14;
        List<String> lines = wrap(name, room, NAME_SIZE);
        double longest = lines.stream().mapToDouble(line -> Styles.textWidth(line, 1)).max().orElse(1);
        double size = Math.max(NAME_SIZE_LEAST, Math.min(NAME_SIZE, room / longest));
        boolean cut = lines.stream().anyMatch(line -> line.endsWith("…"));
        double lineY = at[1] - (lines.size() - 1) * (size + 1.5) / 2 + size * 0.35;
        for (String line : lines) {
            shapes.add(new Text(id + ":name", at[0], lineY, line, size, false, Anchor.MIDDLE, Styles.TEXT, cut ? name.strip() : null));
            lineY += size + 1.5;
        }
        if (below != null && !below.isBlank()) {
            shapes.add(new Text(id + ":organisation", at[0], at[1] + layout.nodeRadius() + ORGANISATION_SIZE + 3, below,
                    ORGANISATION_SIZE, false, Anchor.MIDDLE, Styles.MUTED));
        }
    }

    /**
     * Moves a group's name outward, away from the household, while it would overlap another text or a circle (the
     * organisation under a contact next to it).
     */
    private static void clearSectorLabels(List<Shape> shapes) {
        for (int index = 0; index < shapes.size(); index++) {
            if (!(shapes.get(index) instanceof Text label) || !label.id().startsWith("sector:")) {
                continue;
            }
            String group = label.id();
            Text moved = label;
            double length = Math.max(1, Math.hypot(label.x(), label.y()));
            for (int step = 0; step < 12 && crowded(moved, group, shapes); step++) {
                moved = (Text) DrawingBounds.translate(moved, label.x() / length * 8, label.y() / length * 8);
            }
            double dx = moved.x() - label.x();
            double dy = moved.y() - label.y();
            // the group's other line moves with it
            for (int other = 0; other < shapes.size(); other++) {
                if (shapes.get(other) instanceof Text line && line.id().equals(group)) {
                    shapes.set(other, DrawingBounds.translate(line, dx, dy));
                }
            }
        }
    }

    private static boolean crowded(Text label, String group, List<Shape> shapes) {
        DrawingBounds.Box box = DrawingBounds.of(label).grow(2);
        return shapes.stream().filter(shape -> !group.equals(shape.id()) && (shape instanceof Text || shape instanceof Ellipse))
                .anyMatch(shape -> DrawingBounds.of(shape).overlaps(box));
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
            // A long group name on two lines keeps the picture narrow, so the screen can show it larger.
            List<String> lines = wrap(text.apply(group.key()), SECTOR_WIDTH, SECTOR_SIZE);
            double y = labelRadius * sin + 4 - (sin < -0.5 ? (lines.size() - 1) * (SECTOR_SIZE + 2) : Math.abs(cos) > 0.5
                    ? (lines.size() - 1) * (SECTOR_SIZE + 2) / 2 : 0);
            for (String line : lines) {
                shapes.add(new Text("sector:" + group.name(), labelRadius * cos, y, line, SECTOR_SIZE, true, anchor, "#374151"));
                y += SECTOR_SIZE + 2;
            }
            if (slotHalf > 0) {
                double edge = span[1] + slotHalf;
                shapes.add(new Line("sector:" + group.name() + ":edge", inner * Math.cos(edge), inner * Math.sin(edge),
                        outer * Math.cos(edge), outer * Math.sin(edge), Styles.dashed("#cbd5e1", 1, 4, 4)));
            }
        });
    }

    /**
     * A name on at most three lines no wider than {@code width} at {@code size}, broken between words; a word wider
     * than that, or a fourth line, is cut with "…".
     */
    static List<String> wrap(String name, double width, double size) {
        List<String> lines = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!line.isEmpty() && Styles.textWidth(line + " " + word, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        List<String> shown = new ArrayList<>(lines.size() > 3 ? lines.subList(0, 3) : lines);
        for (int index = 0; index < shown.size(); index++) {
            boolean last = index == shown.size() - 1 && lines.size() > 3;
            String text = shown.get(index) + (last ? "…" : "");
            while (Styles.textWidth(text, NAME_SIZE_LEAST) > width && text.length() > 2) {
                text = text.substring(0, text.length() - (text.endsWith("…") ? 2 : 1)) + "…";
            }
            shown.set(index, text);
        }
        return shown;
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
