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
    /** Line lengths in positions never reach this, so one crossing always outweighs them. */
    private static final double LENGTH_LIMIT = 1e9;

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
        double fewest = score();
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

    private double keepBest(double fewest, List<List<Block>> best) {
        double now = score();
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

    /**
     * Where the block's parents stand; a block without drawn parents goes by its partners elsewhere on the row, or
     * else by its children (a birth mother beside the foster family her child lives with).
     */
    private double above(Block block) {
        if (block.unit() != null) {
            return mean(block.unit().parents(), block);
        }
        List<UUID> partners = outsidePartners(block);
        return partners.isEmpty() ? below(block) : mean(partners, block);
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

    /**
     * Positions for ordering: evenly spaced from 0 (left end) to 1 (right end) on every row, so that a block compared
     * by its children on a wide row and one compared by its parents on a narrow row are measured alike.
     */
    private void place(List<Block> blocks) {
        List<UUID> persons = blocks.stream().flatMap(block -> block.persons().stream()).toList();
        for (int index = 0; index < persons.size(); index++) {
            position.put(persons.get(index), persons.size() == 1 ? 0.5 : index / (double) (persons.size() - 1));
        }
    }

    /**
     * Crossings first; among orderings with as many crossings, the shorter lines: between partners (a couple line
     * spanning other people is hard to read) and from every parent to every child (a birth mother drawn beside her
     * placed child's foster family rather than at the far end of the row).
     */
    private double score() {
        double length = 0;
        for (FamilyGraph.Couple couple : graph.couples()) {
            length += Math.abs(position.get(couple.partnerA()) - position.get(couple.partnerB()));
        }
        for (FamilyGraph.Person person : graph.persons()) {
            for (FamilyGraph.ParentEdge edge : graph.parentsOf(person.key())) {
                length += Math.abs(position.get(edge.parent()) - position.get(person.key()));
            }
        }
        return crossings() * LENGTH_LIMIT + Math.min(length, LENGTH_LIMIT - 1);
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
