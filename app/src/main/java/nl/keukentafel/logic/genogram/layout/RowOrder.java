package nl.keukentafel.logic.genogram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;

/**
 * Orders the blocks within each row to reduce crossing lines: sweeps down (a sibling block goes under its parents)
 * and up (a block goes over its children), sorting whole blocks by the barycentre of those neighbours; stable, so
 * ties keep the previous order. Keeps the ordering with the fewest crossings seen. Deterministic; not thread-safe.
 */
final class RowOrder {
    private static final int SWEEPS = 6;

    private final LayoutGraph graph;
    private final HomeUnits homes;
    private final Map<UUID, Double> position = new HashMap<>();
    private List<List<Block>> rows;

    private RowOrder(LayoutGraph graph, HomeUnits homes) {
        this.graph = graph;
        this.homes = homes;
    }

    static List<List<Block>> order(LayoutGraph graph, Map<UUID, Integer> rowOf, HomeUnits homes, List<Cluster> clusters) {
        RowOrder order = new RowOrder(graph, homes);
        order.rows = initialRows(graph, rowOf, homes, clusters);
        return order.sweep();
    }

    private static List<List<Block>> initialRows(LayoutGraph graph, Map<UUID, Integer> rowOf, HomeUnits homes, List<Cluster> clusters) {
        int rowCount = rowOf.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Map<String, List<Cluster>> siblings = new LinkedHashMap<>();
        Map<String, Unit> unitOf = new HashMap<>();
        List<List<Block>> rows = new ArrayList<>();
        for (int row = 0; row < rowCount; row++) {
            rows.add(new ArrayList<>());
        }
        for (Cluster cluster : clusters) {
            int row = rowOf.get(cluster.center());
            Unit home = homes.homeOf(cluster.center());
            if (home == null) {
                rows.get(row).add(new Block(null, row, List.of(cluster)));
            } else {
                String key = home.id() + "@" + row;
                siblings.computeIfAbsent(key, any -> new ArrayList<>()).add(cluster);
                unitOf.put(key, home);
            }
        }
        siblings.forEach((key, members) -> {
            Comparator<FamilyGraph.Person> oldestFirst = SiblingOrder.among(members.stream().map(c -> graph.person(c.center())).toList());
            List<Cluster> sorted = new ArrayList<>(members);
            sorted.sort(Comparator.comparing(cluster -> graph.person(cluster.center()), oldestFirst));
            int row = rowOf.get(sorted.get(0).center());
            rows.get(row).add(new Block(unitOf.get(key), row, sorted));
        });
        rows.forEach(row -> row.sort(Comparator.comparing(Block::firstKey)));
        return rows;
    }

    private List<List<Block>> sweep() {
        rows.forEach(this::place);
        List<List<Block>> best = copy(rows);
        long fewest = crossings();
        for (int round = 0; round < SWEEPS; round++) {
            for (int row = 1; row < rows.size(); row++) {
                reorder(row, true);
            }
            fewest = keepBest(fewest, best);
            for (int row = rows.size() - 2; row >= 0; row--) {
                reorder(row, false);
            }
            fewest = keepBest(fewest, best);
        }
        return best;
    }

    private long keepBest(long fewest, List<List<Block>> best) {
        long now = crossings();
        if (now < fewest) {
            best.clear();
            best.addAll(copy(rows));
            return now;
        }
        return fewest;
    }

    private static List<List<Block>> copy(List<List<Block>> rows) {
        List<List<Block>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new ArrayList<>(row)));
        return copy;
    }

    private void reorder(int row, boolean fromAbove) {
        List<Block> blocks = rows.get(row);
        Map<Block, Double> barycentre = new IdentityHashMap<>();
        blocks.forEach(block -> barycentre.put(block, fromAbove ? above(block) : below(block)));
        blocks.sort(Comparator.comparing(barycentre::get));
        place(blocks);
    }

    /** Where the block's parents stand; a block without drawn parents goes by its partners elsewhere on the row. */
    private double above(Block block) {
        if (block.unit() != null) {
            return mean(block.unit().parents(), block);
        }
        return mean(outsidePartners(block), block);
    }

    /** Where the block's children (and partners standing in other blocks) stand. */
    private double below(Block block) {
        List<UUID> neighbours = new ArrayList<>(outsidePartners(block));
        for (UUID person : block.persons()) {
            neighbours.addAll(graph.childrenOf(person));
        }
        return mean(neighbours, block);
    }

    private List<UUID> outsidePartners(Block block) {
        List<UUID> members = block.persons();
        List<UUID> partners = new ArrayList<>();
        for (UUID person : members) {
            graph.partnersOf(person).stream().filter(partner -> !members.contains(partner)).forEach(partners::add);
        }
        return partners;
    }

    /** The mean position of the neighbours, or where the block stands now when it has none. */
    private double mean(List<UUID> neighbours, Block block) {
        List<UUID> keys = neighbours.isEmpty() ? block.persons() : neighbours;
        return keys.stream().mapToDouble(position::get).average().orElse(0);
    }

    /** Positions for ordering: evenly spaced, each row centred on zero so rows of different length compare. */
    private void place(List<Block> blocks) {
        List<UUID> persons = blocks.stream().flatMap(block -> block.persons().stream()).toList();
        double start = -(persons.size() - 1) / 2.0;
        for (int index = 0; index < persons.size(); index++) {
            position.put(persons.get(index), start + index);
        }
    }

    /** Crossings between the lines from each unit's midpoint down to its children, counted pairwise per row. */
    private long crossings() {
        long total = 0;
        for (List<Block> row : rows) {
            List<double[]> lines = new ArrayList<>();
            for (Block block : row) {
                if (block.unit() != null) {
                    double top = block.unit().parents().stream().mapToDouble(position::get).average().orElse(0);
                    block.clusters().forEach(cluster -> lines.add(new double[] {top, position.get(cluster.center())}));
                }
            }
            for (int first = 0; first < lines.size(); first++) {
                for (int second = first + 1; second < lines.size(); second++) {
                    double[] one = lines.get(first);
                    double[] other = lines.get(second);
                    if ((one[0] - other[0]) * (one[1] - other[1]) < 0) {
                        total++;
                    }
                }
            }
        }
        return total;
    }
}
