package nl.keukentafel.logic.genogram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import org.junit.jupiter.api.Test;

/** A symbol a person dragged stays exactly there; the others are laid out around it without overlapping it. */
class PinnedLayoutTest {
    private static FamilyGraph pin(FamilyGraph graph, UUID key, Double x, Double y) {
        List<FamilyGraph.Person> persons = graph.persons().stream().map(person -> !person.key().equals(key) ? person
                : new FamilyGraph.Person(person.key(), person.name(), person.gender(), person.kind(), person.birth(), person.birthSortKey(),
                person.death(), person.deceased(), person.age(), person.index(), person.inHousehold(), person.twinGroup(),
                person.twinKind(), person.birthOrder(), x, y)).toList();
        return new FamilyGraph(persons, graph.couples(), graph.parentEdges(), graph.relations());
    }

    @Test
    void aDraggedChildStaysExactlyWhereItWasDroppedAndItsSiblingsMakeRoom() {
        FamilyGraph graph = SampleFamilies.nuclear();
        Layouts free = Layouts.of(graph);
        UUID daan = free.key("Daan Bakhuis");
        double onLotte = free.x("Lotte Bakhuis") + 7.25;
        Layouts pinned = Layouts.of(pin(graph, daan, onLotte, RuleLayouter.rowY(1)));

        assertThat(pinned.at("Daan Bakhuis").x()).isEqualTo(onLotte);
        assertThat(pinned.at("Daan Bakhuis").y()).isEqualTo(RuleLayouter.rowY(1));
        assertThat(pinned.at("Daan Bakhuis").pinned()).isTrue();
        assertThat(pinned.at("Lotte Bakhuis").pinned()).isFalse();
        assertThat(pinned.x("Lotte Bakhuis")).as("pushed clear of the pinned symbol").isNotEqualTo(free.x("Lotte Bakhuis"));
        pinned.assertNoOverlap();
    }

    @Test
    void aPersonDraggedOntoAnotherRowIsKeptThereAndThatRowMakesRoom() {
        FamilyGraph graph = SampleFamilies.nuclear();
        Layouts free = Layouts.of(graph);
        double betweenParents = free.midpoint("Ruud Bakhuis", "Petra Bakhuis-Lont");
        Layouts pinned = Layouts.of(pin(graph, free.key("Fenna Bakhuis"), betweenParents, RuleLayouter.rowY(0) + 3));

        assertThat(pinned.at("Fenna Bakhuis").x()).isEqualTo(betweenParents);
        assertThat(pinned.at("Fenna Bakhuis").y()).isEqualTo(RuleLayouter.rowY(0) + 3);
        assertThat(pinned.at("Fenna Bakhuis").generation()).as("still a child by generation").isEqualTo(1);
        for (String parent : List.of("Ruud Bakhuis", "Petra Bakhuis-Lont")) {
            assertThat(Math.abs(pinned.x(parent) - betweenParents)).as(parent).isGreaterThanOrEqualTo(Layouts.LEAST_DISTANCE);
        }
    }

    @Test
    void severalPinsInOneRowAreAllKeptAndTheFreeOnesFitAroundThem() {
        FamilyGraph graph = SampleFamilies.twins();
        Layouts free = Layouts.of(graph);
        FamilyGraph pinnedGraph = pin(pin(graph, free.key("Roos Dijkstra"), 30.0, RuleLayouter.rowY(1)),
                free.key("Thijs Dijkstra"), 400.0, RuleLayouter.rowY(1));
        Layouts pinned = Layouts.of(pinnedGraph);

        assertThat(pinned.x("Roos Dijkstra")).isEqualTo(30.0);
        assertThat(pinned.x("Thijs Dijkstra")).isEqualTo(400.0);
        pinned.assertNoOverlap();
        assertThat(pinned.rowNames(1)).as("the free siblings keep their birth order").containsSubsequence("Luuk Dijkstra", "Stijn Dijkstra",
                "Eva Dijkstra", "Finn Dijkstra");
    }

    @Test
    void clearingThePinsGivesBackTheAutomaticLayout() {
        FamilyGraph graph = SampleFamilies.remarriage();
        Layouts free = Layouts.of(graph);
        UUID mark = free.key("Mark Verwoerd");
        FamilyGraph reset = pin(pin(graph, mark, 900.0, 15.0), mark, null, null);

        assertThat(Layouts.of(reset).layout()).isEqualTo(free.layout());
        assertThat(Layouts.of(pin(graph, mark, 900.0, 15.0)).layout()).isNotEqualTo(free.layout());
    }
}
