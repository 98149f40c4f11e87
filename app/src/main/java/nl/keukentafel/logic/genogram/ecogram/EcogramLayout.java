package nl.keukentafel.logic.genogram.ecogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.draw.Styles;
import nl.keukentafel.logic.genogram.ecogram.EcogramGraph.Node;

/**
 * Where the ecogram puts things, centred on (0, 0): the household circle, and the contacts on one ring, each group in
 * its own angular sector (clockwise from the top, in {@link EcogramGroup} order), a sector's width in proportion to
 * its number of contacts plus one free slot as a gap. The ring grows until neighbouring circles keep a clear gap.
 * Deterministic. Immutable.
 */
public record EcogramLayout(double householdRadius, double ringRadius, double nodeRadius, Map<UUID, double[]> nodes,
                            Map<EcogramGroup, double[]> sectors) {
    static final double NODE_RADIUS = 46;
    private static final double NODE_GAP = 36;
    /** Room between the household circle and the contacts' circles for the lines, their arrows and support tags. */
    private static final double LINE_ROOM = 100;

    /**
     * The household circle holds its name and the members' names; members who live elsewhere take the first places of
     * the family's sector, before its contacts.
     */
    public static EcogramLayout of(EcogramGraph graph) {
        double widest = graph.members().stream().mapToDouble(member -> Styles.textWidth(member, EcogramDrawer.MEMBER_SIZE))
                .max().orElse(0);
        widest = Math.max(widest, Styles.textWidth(graph.household() == null ? "" : graph.household(), EcogramDrawer.TITLE_SIZE));
        double block = (graph.members().size() + 1) * EcogramDrawer.MEMBER_LINE + 6;
        double household = Math.max(80, Math.hypot(widest / 2, block / 2) + 8);
        Map<EcogramGroup, List<UUID>> groups = new LinkedHashMap<>();
        graph.elsewhere().forEach(relative -> groups.computeIfAbsent(EcogramGroup.FAMILY, group -> new ArrayList<>()).add(relative.id()));
        for (Node node : graph.nodes()) {
            groups.computeIfAbsent(node.group(), group -> new ArrayList<>()).add(node.id());
        }
        int slots = graph.nodes().size() + graph.elsewhere().size() + groups.size();
        double ring = Math.max(household + NODE_RADIUS + LINE_ROOM, slots * (2 * NODE_RADIUS + NODE_GAP) / (2 * Math.PI));
        Map<UUID, double[]> positions = new LinkedHashMap<>();
        Map<EcogramGroup, double[]> sectors = new LinkedHashMap<>();
        double slot = 2 * Math.PI / Math.max(1, slots);
        double angle = -Math.PI / 2 - slot / 2;
        for (Map.Entry<EcogramGroup, List<UUID>> group : groups.entrySet()) {
            double start = angle;
            for (UUID id : group.getValue()) {
                angle += slot;
                positions.put(id, new double[] {ring * Math.cos(angle), ring * Math.sin(angle), angle});
            }
            angle += slot;
            sectors.put(group.getKey(), new double[] {start + slot, angle - slot});
        }
        return new EcogramLayout(household, ring, NODE_RADIUS, positions, sectors);
    }
}
