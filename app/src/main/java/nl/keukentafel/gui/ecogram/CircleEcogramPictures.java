package nl.keukentafel.gui.ecogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.genogram.EcoLink;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.genogram.SupportDirection;

/**
 * The ecogram as the screen draws it: the household as a circle in the centre with its members, every contact in a box
 * on a ring around it, grouped by sector; lines strong (thick), weak (dashed), stressful (with cross strokes), not yet
 * judged (thin grey, dotted); arrowheads for the direction of support; the kinds of support at the middle. Stateless.
 */
public final class CircleEcogramPictures implements EcogramPictures {
    private static final double CENTRE = 420;
    private static final double HOUSEHOLD = 110;
    private static final double RING = 310;
    private static final double BOX_WIDTH = 170;
    private static final double BOX_HEIGHT = 46;
    private static final String INK = "#222222";

    private final Function<String, String> text;

    public CircleEcogramPictures(Function<String, String> text) {
        this.text = text;
    }

    @Override
    public Drawing draw(GenogramState state, List<EcogramEntry> entries) {
        List<Drawing.Shape> shapes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(entries.size(), 1);
            line(shapes, entries.get(i), Math.cos(angle), Math.sin(angle));
        }
        shapes.add(new Drawing.Ellipse("household", CENTRE, CENTRE, HOUSEHOLD, HOUSEHOLD,
                new Drawing.Style(INK, 2.5, List.of(), "#f3f6fb")));
        shapes.add(new Drawing.Text("household", CENTRE, CENTRE - 40, text.apply("ecogram.household"), 15, true, Drawing.Anchor.MIDDLE,
                INK));
        List<Member> members = state.dossier().members();
        for (int i = 0; i < Math.min(members.size(), 6); i++) {
            Member member = members.get(i);
            String name = ((member.givenName() == null ? "" : member.givenName()) + " "
                    + (member.familyName() == null ? "" : member.familyName())).trim();
            shapes.add(new Drawing.Text("household", CENTRE, CENTRE - 14 + 18 * i, name, 13, false, Drawing.Anchor.MIDDLE, INK));
        }
        for (int i = 0; i < entries.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(entries.size(), 1);
            box(shapes, entries.get(i), CENTRE + RING * Math.cos(angle), CENTRE + RING * Math.sin(angle));
        }
        return new Drawing(2 * CENTRE, 2 * CENTRE, shapes);
    }

    private void line(List<Drawing.Shape> shapes, EcogramEntry entry, double dx, double dy) {
        String id = entry.id().toString();
        EcoLink link = entry.link();
        LinkStrength strength = link == null ? null : link.strength();
        double x1 = CENTRE + HOUSEHOLD * dx;
        double y1 = CENTRE + HOUSEHOLD * dy;
        double x2 = CENTRE + (RING - BOX_HEIGHT / 2 - 6) * dx;
        double y2 = CENTRE + (RING - BOX_HEIGHT / 2 - 6) * dy;
        Drawing.Style style = strength == null ? new Drawing.Style("#9a9a9a", 1, List.of(2.0, 4.0), null)
                : switch (strength) {
                    case STRONG -> new Drawing.Style(INK, 5, List.of(), null);
                    case WEAK -> new Drawing.Style(INK, 1.5, List.of(9.0, 6.0), null);
                    case STRESSFUL -> new Drawing.Style("#b3261e", 2, List.of(), null);
                };
        shapes.add(new Drawing.Line(id, x1, y1, x2, y2, style));
        if (strength == LinkStrength.STRESSFUL) {
            for (double t = 0.15; t < 0.9; t += 0.1) {
                double mx = x1 + (x2 - x1) * t;
                double my = y1 + (y2 - y1) * t;
                shapes.add(new Drawing.Line(id + ":stress", mx - 7 * dy - 4 * dx, my + 7 * dx - 4 * dy, mx + 7 * dy + 4 * dx,
                        my - 7 * dx + 4 * dy, style));
            }
        }
        SupportDirection direction = link == null || link.direction() == null ? SupportDirection.NONE : link.direction();
        if (direction == SupportDirection.TO_HOUSEHOLD || direction == SupportDirection.BOTH_WAYS) {
            shapes.add(arrow(id, x1, y1, -dx, -dy));
        }
        if (direction == SupportDirection.FROM_HOUSEHOLD || direction == SupportDirection.BOTH_WAYS) {
            shapes.add(arrow(id, x2, y2, dx, dy));
        }
        if (link != null && !link.supportKinds().isEmpty()) {
            String kinds = link.supportKinds().stream().map(kind -> text.apply("supportKind." + kind.name()).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            shapes.add(new Drawing.Text(id + ":support", (x1 + x2) / 2 + 10 * -dy, (y1 + y2) / 2 + 10 * dx, kinds, 11, false,
                    Drawing.Anchor.MIDDLE, "#444444"));
        }
    }

    /** An arrowhead with its tip at (x, y) pointing along (dx, dy). */
    private static Drawing.Polyline arrow(String id, double x, double y, double dx, double dy) {
        double size = 12;
        double baseX = x - dx * size;
        double baseY = y - dy * size;
        return new Drawing.Polyline(id + ":arrow", List.of(x, y, baseX - dy * size / 2, baseY + dx * size / 2, baseX + dy * size / 2,
                baseY - dx * size / 2), true, new Drawing.Style(INK, 1, List.of(), INK));
    }

    private void box(List<Drawing.Shape> shapes, EcogramEntry entry, double x, double y) {
        String id = entry.id().toString();
        shapes.add(new Drawing.Rect(id, x - BOX_WIDTH / 2, y - BOX_HEIGHT / 2, BOX_WIDTH, BOX_HEIGHT, 8,
                new Drawing.Style(INK, 1.2, List.of(), "#ffffff")));
        String name = entry.name().isBlank() ? text.apply("genogram.unnamed") : entry.name();
        shapes.add(new Drawing.Text(id + ":name", x, y - 3, name, 13, true, Drawing.Anchor.MIDDLE, INK));
        shapes.add(new Drawing.Text(id + ":sector", x, y + 14, text.apply("sector." + entry.sector().name()), 11, false,
                Drawing.Anchor.MIDDLE, "#555555"));
    }
}
