package nl.keukentafel.logic.genogram.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;

/**
 * Assigns each person a generation row: a child one row below its lowest parent (any kind of link), partners on one
 * row (the lower of the two, pushing the descendants down), and a person without drawn parents just above their
 * highest child (a grandfather who married in is not left floating rows above). Repeated until nothing changes; a
 * bounded number of rounds so a cycle typed by mistake cannot hang the screen. Rows nobody uses are closed up.
 */
final class Generations {
    private Generations() {
    }

    static Map<UUID, Integer> assign(LayoutGraph graph) {
        Map<UUID, Integer> row = new HashMap<>();
        graph.persons().forEach(person -> row.put(person.key(), 0));
        int rounds = 4 * graph.persons().size() + 8;
        boolean changed = true;
        for (int round = 0; round < rounds && changed; round++) {
            changed = belowParents(graph, row) | partnersLevel(graph, row) | rootsDown(graph, row);
        }
        return closeUp(row);
    }

    private static boolean belowParents(LayoutGraph graph, Map<UUID, Integer> row) {
        boolean changed = false;
        for (FamilyGraph.Person person : graph.persons()) {
            for (FamilyGraph.ParentEdge edge : graph.parentsOf(person.key())) {
                changed |= raise(row, person.key(), row.get(edge.parent()) + 1);
            }
        }
        return changed;
    }

    private static boolean partnersLevel(LayoutGraph graph, Map<UUID, Integer> row) {
        boolean changed = false;
        for (FamilyGraph.Couple couple : graph.couples()) {
            int level = Math.max(row.get(couple.partnerA()), row.get(couple.partnerB()));
            changed |= raise(row, couple.partnerA(), level) | raise(row, couple.partnerB(), level);
        }
        return changed;
    }

    private static boolean rootsDown(LayoutGraph graph, Map<UUID, Integer> row) {
        boolean changed = false;
        for (FamilyGraph.Person person : graph.persons()) {
            if (graph.parentsOf(person.key()).isEmpty() && !graph.childrenOf(person.key()).isEmpty()) {
                int highestChild = graph.childrenOf(person.key()).stream().mapToInt(row::get).min().orElseThrow();
                changed |= raise(row, person.key(), highestChild - 1);
            }
        }
        return changed;
    }

    private static boolean raise(Map<UUID, Integer> row, UUID key, int atLeast) {
        if (row.get(key) < atLeast) {
            row.put(key, atLeast);
            return true;
        }
        return false;
    }

    private static Map<UUID, Integer> closeUp(Map<UUID, Integer> row) {
        TreeSet<Integer> used = new TreeSet<>(row.values());
        Map<Integer, Integer> compact = new HashMap<>();
        used.forEach(level -> compact.put(level, compact.size()));
        Map<UUID, Integer> result = new HashMap<>();
        row.forEach((key, level) -> result.put(key, compact.get(level)));
        return result;
    }
}
