package nl.keukentafel.bench.genogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;
import nl.keukentafel.logic.genogram.layout.GenogramLayouter;

/**
 * The benchmark's baseline: the cheapest layout that still has generations. Rows by "one below the parents" repeated
 * until stable, each row sorted by birth and placed on an even grid; no couples, no blocks, no crossing reduction, no
 * relaxation. What is left between this and the real layouter is the cost of the rules. Stateless, thread-safe.
 */
final class NaiveGridLayouter implements GenogramLayouter {
    private static final double SPACING = 90;
    private static final double ROW = 170;

    @Override
    public GenogramLayout layout(FamilyGraph graph) {
        Map<UUID, Integer> row = new HashMap<>();
        graph.persons().forEach(person -> row.put(person.key(), 0));
        boolean changed = true;
        for (int round = 0; changed && round <= graph.persons().size(); round++) {
            changed = false;
            for (FamilyGraph.ParentEdge edge : graph.parentEdges()) {
                int below = row.get(edge.parent()) + 1;
                if (row.get(edge.child()) < below) {
                    row.put(edge.child(), below);
                    changed = true;
                }
            }
        }
        List<FamilyGraph.Person> sorted = new ArrayList<>(graph.persons());
        sorted.sort(Comparator.comparing((FamilyGraph.Person person) -> row.get(person.key()))
                .thenComparing(FamilyGraph.Person::birthSortKey, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(person -> person.key().toString()));
        Map<UUID, GenogramLayout.Placement> placements = new HashMap<>();
        int previousRow = -1;
        int column = 0;
        double width = 0;
        double height = 0;
        for (FamilyGraph.Person person : sorted) {
            int level = row.get(person.key());
            column = level == previousRow ? column + 1 : 0;
            previousRow = level;
            double x = GenogramLayout.SYMBOL / 2 + column * SPACING;
            double y = GenogramLayout.SYMBOL / 2 + level * ROW;
            placements.put(person.key(), new GenogramLayout.Placement(x, y, level, false));
            width = Math.max(width, x + GenogramLayout.SYMBOL / 2);
            height = Math.max(height, y + GenogramLayout.SYMBOL / 2);
        }
        return new GenogramLayout(placements, width, height);
    }
}
