package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Couple;
import nl.keukentafel.logic.genogram.FamilyGraph.ParentEdge;
import nl.keukentafel.logic.genogram.draw.Drawing.Anchor;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.logic.genogram.layout.Labels;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;

/**
 * Couple lines and the lines to their children. A couple line drops from the bottom of both partners to
 * {@link #DROP} below the symbols and joins them: solid once married (or registered), dashed otherwise; the latest
 * event adds one slash (separated) or two (divorced) beside the children's line; the dated events are written above the
 * line between the two. A person with several partners has one line per partner, each leaving the symbol at its own
 * point toward that partner and, where they overlap, on its own lane: the lines never run along each other.
 * Children hang from the middle of the line, each by its own link kind (the stronger-than-birth kind of its links to
 * the two partners wins: a stepfather's couple draws a step line); twins leave from one point. Stateless.
 */
final class CoupleLines {
    static final double DROP = 27;
    /** How much lower each further lane of couple lines on one row runs. */
    static final double LANE_STEP = 5;
    static final Style UNMARRIED = Styles.withDashes(Styles.LINE, List.of(6.0, 4.0));
    private static final double EVENT_SIZE = Labels.EVENT_SIZE;
    /** How far above its line a couple's latest event is written: clear of the slashes. */
    private static final double EVENT_ABOVE = 11;
    /** How far apart the couple lines of one person leave the symbol. */
    private static final double DROP_APART = 9;

    private CoupleLines() {
    }

    static Style childStyle(ParentLinkKind kind) {
        return switch (kind) {
            case BIRTH -> Styles.LINE;
            case ADOPTIVE -> Styles.withDashes(Styles.LINE, List.of(6.0, 4.0));
            case FOSTER -> Styles.withDashes(Styles.LINE, List.of(1.5, 3.0));
            case STEP -> Styles.withDashes(Styles.LINE, List.of(8.0, 3.0, 2.0, 3.0));
        };
    }

    static void draw(Canvas canvas, FamilyGraph graph, Map<UUID, double[]> centres, Map<UUID, Double> halves,
                     GenogramDrawOptions options) {
        List<ParentEdge> unhung = new ArrayList<>(graph.parentEdges());
        Lanes coupleLanes = new Lanes(2);
        Lanes siblingLanes = new Lanes(6);
        // Shorter lines first, so a line to a partner further away takes the lower lane and passes under the nearer one.
        List<Couple> couples = new ArrayList<>(graph.couples().stream().filter(couple -> centres.containsKey(couple.partnerA())
                && centres.containsKey(couple.partnerB())).toList());
        couples.sort(java.util.Comparator.comparingDouble(couple -> Math.abs(centres.get(couple.partnerA())[0]
                - centres.get(couple.partnerB())[0])));
        for (Couple couple : couples) {
            double[] a = centres.get(couple.partnerA());
            double[] b = centres.get(couple.partnerB());
            double[] left = a[0] <= b[0] ? a : b;
            double[] right = a[0] <= b[0] ? b : a;
            UUID leftKey = left == a ? couple.partnerA() : couple.partnerB();
            UUID rightKey = left == a ? couple.partnerB() : couple.partnerA();
            double rowY = Math.max(a[1], b[1]);
            double lineY = rowY + DROP + LANE_STEP * coupleLanes.take(rowY, left[0], right[0]);
            String id = couple.id().toString();
            boolean married = couple.events().stream().anyMatch(event -> event.type() == UnionEventType.MARRIED
                    || event.type() == UnionEventType.REGISTERED_PARTNERSHIP);
            double leftDrop = left[0] + dropOffset(leftKey, rightKey, couples, centres);
            double rightDrop = right[0] + dropOffset(rightKey, leftKey, couples, centres);
            // Off the middle of a round symbol the line starts inside it, under the opaque symbol painted later.
            canvas.polyline(id, married ? Styles.LINE : UNMARRIED, leftDrop, left[1] + halves.getOrDefault(leftKey, 20.0)
                    - Math.abs(leftDrop - left[0]), leftDrop, lineY, rightDrop, lineY, rightDrop,
                    right[1] + halves.getOrDefault(rightKey, 20.0) - Math.abs(rightDrop - right[0]));
            UnionEventType last = couple.events().isEmpty() ? null : couple.events().getLast().type();
            int slashes = last == UnionEventType.SEPARATED ? 1 : last == UnionEventType.DIVORCED ? 2 : 0;
            double middle = (left[0] + right[0]) / 2;
            // Right of where the children's line leaves the middle, so the two never cross.
            slashes(canvas, id, Math.min(middle + 14, right[0] - 26), lineY, slashes);
            canvas.use(slashes == 2 ? LegendItem.DIVORCED : slashes == 1 ? LegendItem.SEPARATED
                    : married ? LegendItem.MARRIED : LegendItem.UNMARRIED);
            double room = right[0] - left[0] - halves.getOrDefault(leftKey, 20.0) - halves.getOrDefault(rightKey, 20.0)
                    - 2 * (Labels.EVENT_MARGIN - 20);
            events(canvas, id, couple.events(), middle, lineY - EVENT_ABOVE, room, options);
            Map<UUID, ParentLinkKind> children = childrenOf(couple, graph, unhung);
            ChildLines.draw(canvas, id, middle, lineY, children, centres, graph, siblingLanes);
        }
        ChildLines.drawSingleParents(canvas, unhung, centres, halves, graph, siblingLanes);
    }

    /**
     * Where a person's couple line leaves its symbol, from its centre: the middle for someone with one partner; toward
     * the partner for someone with several, the nearest partner's line furthest out, so two couple lines of one person
     * never run along each other.
     */
    static double dropOffset(UUID person, UUID partner, List<Couple> couples, Map<UUID, double[]> centres) {
        double here = centres.get(person)[0];
        double side = Math.signum(centres.get(partner)[0] - here);
        List<Double> sameSide = new ArrayList<>();
        int drawn = 0;
        for (Couple couple : couples) {
            UUID other = couple.partnerA().equals(person) ? couple.partnerB() : couple.partnerB().equals(person) ? couple.partnerA() : null;
            if (other != null) {
                drawn++;
                double distance = centres.get(other)[0] - here;
                if (Math.signum(distance) == side) {
                    sameSide.add(Math.abs(distance));
                }
            }
        }
        if (drawn < 2) {
            return 0;
        }
        long nearer = sameSide.stream().filter(distance -> distance < Math.abs(centres.get(partner)[0] - here)).count();
        return side * Math.max(3, DROP_APART * (sameSide.size() - nearer) - 3);
    }

    /** Children linked to both partners, with the kind of their line; their edges are taken off {@code unhung}. */
    private static Map<UUID, ParentLinkKind> childrenOf(Couple couple, FamilyGraph graph, List<ParentEdge> unhung) {
        Map<UUID, ParentLinkKind> toA = new LinkedHashMap<>();
        Map<UUID, ParentLinkKind> toB = new LinkedHashMap<>();
        for (ParentEdge edge : graph.parentEdges()) {
            if (edge.parent().equals(couple.partnerA())) {
                toA.put(edge.child(), edge.kind());
            } else if (edge.parent().equals(couple.partnerB())) {
                toB.put(edge.child(), edge.kind());
            }
        }
        Map<UUID, ParentLinkKind> children = new LinkedHashMap<>();
        toA.forEach((child, kindA) -> {
            ParentLinkKind kindB = toB.get(child);
            if (kindB != null) {
                children.put(child, kindA.ordinal() >= kindB.ordinal() ? kindA : kindB);
                unhung.removeIf(edge -> edge.child().equals(child)
                        && (edge.parent().equals(couple.partnerA()) || edge.parent().equals(couple.partnerB())));
            }
        });
        return children;
    }

    static void slashes(Canvas canvas, String id, double x, double y, int count) {
        for (int i = 0; i < count; i++) {
            double offset = (i - (count - 1) / 2.0) * 6;
            canvas.line(id + ":slash" + i, x + offset - 4, y + 8, x + offset + 4, y - 8, Styles.LINE);
        }
    }

    /** The dated events, latest nearest the line, stacked upward in the gap between the partners. */
    private static void events(Canvas canvas, String id, List<UnionEvent> events, double x, double baseline, double room,
                               GenogramDrawOptions options) {
        double y = baseline;
        for (UnionEvent event : events.reversed()) {
            String year = PersonSymbols.year(event.date());
            if (event.type() == null || year.isEmpty()) {
                continue;
            }
            String label = options.text().apply(eventKey(event.type())) + " " + year;
            // Smaller rather than under a partner's symbol, but never below a size that still prints.
            double size = Math.max(Labels.EVENT_SIZE_LEAST, Math.min(EVENT_SIZE, room / Styles.textWidth(label, 1)));
            canvas.text(id + ":event", x, y, label, size, Anchor.MIDDLE);
            y -= size + 1.5;
        }
    }

    static String eventKey(UnionEventType type) {
        return switch (type) {
            case RELATIONSHIP -> "genogram.draw.event.relationship";
            case COHABITING -> "genogram.draw.event.cohabiting";
            case ENGAGED -> "genogram.draw.event.engaged";
            case MARRIED -> "genogram.draw.event.married";
            case REGISTERED_PARTNERSHIP -> "genogram.draw.event.registered";
            case SEPARATED -> "genogram.draw.event.separated";
            case DIVORCED -> "genogram.draw.event.divorced";
            case WIDOWED -> "genogram.draw.event.widowed";
            case RECONCILED -> "genogram.draw.event.reconciled";
        };
    }
}
