package nl.keukentafel.logic.genogram.ecogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.ecogram.EcogramGraph.Node;

/**
 * Where the ecogram puts things, centred on (0, 0): the household circle, and the contacts on one ring, each group in
 * its own angular sector (clockwise from the top, in {@link EcogramGroup} order), a sector's width in proportion to
 * its number of contacts plus one free slot as a gap. The ring grows until neighbouring circles keep a clear gap.
 * Deterministic. Immutable.
 */
public record EcogramLayout(double householdRadius, double ringRadius, double nodeRadius, Map<UUID, double[]> nodes,
                            Map<EcogramGroup, double[]> sectors) {
    static final double NODE_RADIUS = 40;
    private static final double NODE_GAP = 36;

    public static EcogramLayout of(EcogramGraph graph) {
        double household = Math.max(80, 34 + graph.members().size() * 8.0);
        Map<EcogramGroup, List<Node>> groups = new LinkedHashMap<>();
        for (Node node : graph.nodes()) {
            groups.computeIfAbsent(node.group(), group -> new ArrayList<>()).add(node);
        }
        int slots = graph.nodes().size() + groups.size();
        double ring = Math.max(household + NODE_RADIUS + 150, slots * (2 * NODE_RADIUS + NODE_GAP) / (2 * Math.PI));
        Map<UUID, double[]> positions = new LinkedHashMap<>();
        Map<EcogramGroup, double[]> sectors = new LinkedHashMap<>();
        double slot = 2 * Math.PI / Math.max(1, slots);
        double angle = -Math.PI / 2 - slot / 2;
        for (Map.Entry<EcogramGroup, List<Node>> group : groups.entrySet()) {
            double start = angle;
            for (Node node : group.getValue()) {
                angle += slot;
                positions.put(node.id(), new double[] {ring * Math.cos(angle), ring * Math.sin(angle), angle});
            }
            angle += slot;
            sectors.put(group.getKey(), new double[] {start + slot, angle - slot});
        }
        return new EcogramLayout(household, ring, NODE_RADIUS, positions, sectors);
    }
}
