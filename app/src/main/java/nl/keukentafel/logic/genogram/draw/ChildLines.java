package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.ParentEdge;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.layout.Labels;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.TwinKind;

/**
 * The lines from a couple (or a lone parent) down to its children: down from the couple line, along a sibling bar
 * above the children, down into each child; twins of one group from one point on the bar, identical ones joined
 * by a bar. Foster and step lines use a bar a little higher, so they stay visible beside a birth couple's.
 * Solid lines are drawn last so a shared stretch reads as solid. Stateless.
 */
final class ChildLines {
    private static final double BAR_ABOVE = 16;
    private static final double LANE_STEP = 7;
    private static final double TOP = 20;

    private ChildLines() {
    }

    static void draw(Canvas canvas, String coupleId, double fromX, double fromY, Map<UUID, ParentLinkKind> children,
                     Map<UUID, double[]> centres, FamilyGraph graph, Lanes lanes) {
        List<UUID> placed = children.keySet().stream().filter(centres::containsKey).toList();
        if (placed.isEmpty()) {
            return;
        }
        double top = placed.stream().mapToDouble(child -> centres.get(child)[1] - TOP).min().orElseThrow();
        Map<String, List<UUID>> twins = twinGroups(placed, graph);
        List<UUID> order = new ArrayList<>(placed);
        order.sort(Comparator.comparing((UUID child) -> children.get(child).ordinal()).reversed());
        Map<Boolean, Double> bars = new HashMap<>();
        for (UUID child : order) {
            ParentLinkKind kind = children.get(child);
            // Foster and step lines get a bar of their own, above the birth children's, through the lanes.
            boolean secondary = kind == ParentLinkKind.FOSTER || kind == ParentLinkKind.STEP;
            double barY = bars.computeIfAbsent(secondary, key -> {
                double[] span = span(fromX, children, centres, key);
                return top - BAR_ABOVE - LANE_STEP * lanes.take(top, span[0], span[1]);
            });
            double[] centre = centres.get(child);
            Person person = person(graph, child);
            List<UUID> group = person == null || person.twinGroup() == null ? null : twins.get(person.twinGroup());
            double joinX = group == null ? centre[0] : group.stream().mapToDouble(twin -> centres.get(twin)[0]).average().orElseThrow();
            canvas.polyline(coupleId + ":child:" + child, CoupleLines.childStyle(kind), fromX, fromY, fromX, barY, joinX, barY,
                    centre[0], centre[1] - TOP);
            canvas.use(LegendItem.of(kind));
        }
        twins.forEach((group, members) -> twinMark(canvas, coupleId, members, centres, graph, bars.getOrDefault(false, top - BAR_ABOVE)));
    }

    /** Children linked to one parent only (the other unknown or not drawn): from the parent's side, past its name, down to them. */
    static void drawSingleParents(Canvas canvas, List<ParentEdge> edges, Map<UUID, double[]> centres, Map<UUID, Double> halves,
                                  FamilyGraph graph, Lanes lanes) {
        Map<UUID, Map<UUID, ParentLinkKind>> byParent = new LinkedHashMap<>();
        for (ParentEdge edge : edges) {
            if (centres.containsKey(edge.parent()) && centres.containsKey(edge.child())) {
                byParent.computeIfAbsent(edge.parent(), parent -> new LinkedHashMap<>()).put(edge.child(), edge.kind());
            }
        }
        byParent.forEach((parent, children) -> {
            double[] centre = centres.get(parent);
            // Down beside the parent's name, not through it: the layout keeps that much room free beside every label.
            Person lone = person(graph, parent);
            double side = centre[0] + Math.max(halves.getOrDefault(parent, 20.0) + 12, lone == null ? 0 : Labels.width(lone) / 2 + 8);
            canvas.line(parent + ":children", centre[0] + halves.getOrDefault(parent, 20.0), centre[1], side, centre[1], Styles.LINE);
            draw(canvas, parent.toString(), side, centre[1], children, centres, graph, lanes);
        });
    }

    /** The horizontal extent of the bar for the birth/adoptive ({@code secondary} false) or foster/step children. */
    private static double[] span(double fromX, Map<UUID, ParentLinkKind> children, Map<UUID, double[]> centres, boolean secondary) {
        double left = fromX;
        double right = fromX;
        for (Map.Entry<UUID, ParentLinkKind> child : children.entrySet()) {
            boolean isSecondary = child.getValue() == ParentLinkKind.FOSTER || child.getValue() == ParentLinkKind.STEP;
            double[] centre = centres.get(child.getKey());
            if (centre != null && isSecondary == secondary) {
                left = Math.min(left, centre[0]);
                right = Math.max(right, centre[0]);
            }
        }
        return new double[] {left, right};
    }

    private static Map<String, List<UUID>> twinGroups(List<UUID> children, FamilyGraph graph) {
        Map<String, List<UUID>> groups = new LinkedHashMap<>();
        for (UUID child : children) {
            Person person = person(graph, child);
            if (person != null && person.twinGroup() != null && !person.twinGroup().isBlank()) {
                groups.computeIfAbsent(person.twinGroup(), group -> new ArrayList<>()).add(child);
            }
        }
        groups.values().removeIf(members -> members.size() < 2);
        return groups;
    }

    private static void twinMark(Canvas canvas, String coupleId, List<UUID> members, Map<UUID, double[]> centres, FamilyGraph graph,
                                 double barY) {
        boolean identical = members.stream().map(member -> person(graph, member)).allMatch(p -> p.twinKind() == TwinKind.IDENTICAL);
        canvas.use(identical ? LegendItem.IDENTICAL_TWINS : LegendItem.TWINS);
        if (!identical) {
            return;
        }
        double joinX = members.stream().mapToDouble(twin -> centres.get(twin)[0]).average().orElseThrow();
        double leftX = members.stream().mapToDouble(twin -> centres.get(twin)[0]).min().orElseThrow();
        double rightX = members.stream().mapToDouble(twin -> centres.get(twin)[0]).max().orElseThrow();
        double bottom = centres.get(members.getFirst())[1] - TOP;
        double t = 0.45;
        double y = barY + (bottom - barY) * t;
        canvas.line(coupleId + ":identical", joinX + (leftX - joinX) * t, y, joinX + (rightX - joinX) * t, y, Styles.LINE);
    }

    private static Person person(FamilyGraph graph, UUID key) {
        for (Person person : graph.persons()) {
            if (person.key().equals(key)) {
                return person;
            }
        }
        return null;
    }
}
