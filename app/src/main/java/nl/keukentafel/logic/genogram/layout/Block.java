package nl.keukentafel.logic.genogram.layout;

import java.util.List;
import java.util.UUID;

/**
 * The children of one unit on one row, oldest left, each with their partners (a sibling block); or a cluster of
 * people without drawn parents ({@code unit} null). Blocks are never split: crossings are reduced by moving whole
 * blocks. Immutable.
 */
record Block(Unit unit, int row, List<Cluster> clusters) {
    Block {
        clusters = List.copyOf(clusters);
    }

    List<UUID> persons() {
        return clusters.stream().flatMap(cluster -> cluster.persons().stream()).toList();
    }

    /** The first person of the block by key, to give blocks a fixed starting order. */
    String firstKey() {
        return clusters.get(0).center().toString();
    }
}
