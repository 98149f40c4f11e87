package nl.keukentafel.logic.genogram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;

/** Finding persons by name in a laid-out family, and the checks every layout must pass. */
final class Layouts {
    /** Symbol plus the least gap the layout promises between any two symbols on a row. */
    static final double LEAST_DISTANCE = GenogramLayout.SYMBOL + 50;
    private static final double ROUNDING = 1e-6;

    private final FamilyGraph graph;
    private final GenogramLayout layout;

    private Layouts(FamilyGraph graph, GenogramLayout layout) {
        this.graph = graph;
        this.layout = layout;
    }

    static Layouts of(FamilyGraph graph) {
        return new Layouts(graph, new RuleLayouter().layout(graph));
    }

    GenogramLayout layout() {
        return layout;
    }

    UUID key(String name) {
        return graph.persons().stream().filter(person -> person.name().equals(name)).findFirst().orElseThrow().key();
    }

    GenogramLayout.Placement at(String name) {
        return layout.persons().get(key(name));
    }

    double x(String name) {
        return at(name).x();
    }

    int row(String name) {
        return at(name).generation();
    }

    /** The names on one row, left to right. */
    List<String> rowNames(int generation) {
        return graph.persons().stream().filter(person -> layout.persons().get(person.key()).generation() == generation)
                .sorted(Comparator.comparingDouble(person -> layout.persons().get(person.key()).x()))
                .map(FamilyGraph.Person::name).toList();
    }

    /** The midpoint between two persons. */
    double midpoint(String one, String other) {
        return (x(one) + x(other)) / 2;
    }

    /** No two symbols at the same height closer than the least distance. */
    void assertNoOverlap() {
        Map<Double, List<Double>> byHeight = new TreeMap<>();
        layout.persons().values().forEach(placement -> byHeight.computeIfAbsent(placement.y(), y -> new ArrayList<>()).add(placement.x()));
        byHeight.values().forEach(xs -> {
            xs.sort(Comparator.naturalOrder());
            for (int index = 1; index < xs.size(); index++) {
                assertThat(xs.get(index) - xs.get(index - 1)).as("distance on a row").isGreaterThanOrEqualTo(LEAST_DISTANCE - ROUNDING);
            }
        });
    }

    /** Every person placed inside the bounds; partners on one row; every child below each of its parents. */
    void assertStructure() {
        assertThat(layout.persons()).hasSize(graph.persons().size());
        layout.persons().values().forEach(placement -> {
            double half = GenogramLayout.SYMBOL / 2;
            assertThat(placement.x()).isBetween(half - ROUNDING, layout.width() - half + ROUNDING);
            assertThat(placement.y()).isBetween(half - ROUNDING, layout.height() - half + ROUNDING);
            assertThat(placement.y()).isEqualTo(RuleLayouter.rowY(placement.generation()));
        });
        for (FamilyGraph.Couple couple : graph.couples()) {
            assertThat(layout.persons().get(couple.partnerA()).y()).as("partners on one row")
                    .isEqualTo(layout.persons().get(couple.partnerB()).y());
        }
        for (FamilyGraph.ParentEdge edge : graph.parentEdges()) {
            assertThat(layout.persons().get(edge.child()).generation()).as("child below parent")
                    .isGreaterThan(layout.persons().get(edge.parent()).generation());
        }
    }
}
