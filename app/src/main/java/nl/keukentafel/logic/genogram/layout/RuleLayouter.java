package nl.keukentafel.logic.genogram.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;

/**
 * The genogram layout of ADR 0004, step by step: generation rows ({@link Generations}); the unit each child hangs
 * under ({@link HomeUnits}); partners side by side ({@link Clusters}); sibling blocks oldest left, ordered as whole
 * blocks to reduce crossings ({@link RowOrder}); x by relaxation with minimum distances and pinned persons kept exactly
 * ({@link XPlacement}). Every step iterates over canonically sorted lists, so the same family gives the same layout
 * whatever order its lists come in. Stateless and thread-safe.
 */
public final class RuleLayouter implements GenogramLayouter {
    /** Vertical distance between generation rows (room for the name, age and the lines to the children). */
    public static final double ROW_HEIGHT = 170;
    /** Least distance between the centres of two partners drawn side by side. */
    public static final double PARTNER_DISTANCE = 100;
    /** Least distance between the centres of neighbouring siblings (and a sibling and a neighbour's partner). */
    public static final double SIBLING_DISTANCE = 90;
    /** Least distance between the centres of neighbours from different blocks. */
    public static final double BLOCK_DISTANCE = 110;

    @Override
    public GenogramLayout layout(FamilyGraph graph) {
        LayoutGraph indexed = new LayoutGraph(graph);
        Map<UUID, Integer> generation = Generations.assign(indexed);
        HomeUnits homes = new HomeUnits(indexed);
        List<Cluster> clusters = Clusters.build(indexed, generation, homes);
        List<List<Block>> rows = RowOrder.order(indexed, generation, homes, clusters);
        Map<UUID, Integer> rowOf = new HashMap<>();
        indexed.persons().forEach(person -> rowOf.put(person.key(), row(person, generation.get(person.key()), rows.size())));
        Map<UUID, Double> x = new XPlacement(indexed, rows).place(rowOf);
        Map<UUID, GenogramLayout.Placement> placements = new HashMap<>();
        double width = 0;
        double height = 0;
        for (FamilyGraph.Person person : indexed.persons()) {
            int level = generation.get(person.key());
            double y = person.pinnedY() != null ? person.pinnedY() : rowY(level);
            boolean pinned = person.pinnedX() != null || person.pinnedY() != null;
            placements.put(person.key(), new GenogramLayout.Placement(x.get(person.key()), y, level, pinned));
            width = Math.max(width, x.get(person.key()) + GenogramLayout.SYMBOL / 2);
            height = Math.max(height, y + GenogramLayout.SYMBOL / 2);
        }
        return new GenogramLayout(placements, width, height);
    }

    /** The centre y of a generation row. */
    public static double rowY(int generation) {
        return generation * ROW_HEIGHT + GenogramLayout.SYMBOL / 2;
    }

    /**
     * For each child drawn under a couple, that couple's id (the couple it lives with, see {@link HomeUnits}); the
     * drawer hangs the child's sibling line there and draws its other parent links as longer lines.
     */
    public static Map<UUID, UUID> homeCouples(FamilyGraph graph) {
        LayoutGraph indexed = new LayoutGraph(graph);
        HomeUnits homes = new HomeUnits(indexed);
        Map<UUID, UUID> couples = new HashMap<>();
        indexed.persons().forEach(person -> {
            Unit home = homes.homeOf(person.key());
            if (home != null && home.couple()) {
                couples.put(person.key(), UUID.fromString(home.id()));
            }
        });
        return Map.copyOf(couples);
    }

    /** The row a person takes part in when spacing: its generation, or the row it was dragged onto (-1: none). */
    private static int row(FamilyGraph.Person person, int generation, int rows) {
        if (person.pinnedY() == null) {
            return generation;
        }
        int nearest = (int) Math.round((person.pinnedY() - GenogramLayout.SYMBOL / 2) / ROW_HEIGHT);
        boolean overlaps = nearest >= 0 && nearest < rows && Math.abs(person.pinnedY() - rowY(nearest)) < GenogramLayout.SYMBOL;
        return overlaps ? nearest : -1;
    }
}
