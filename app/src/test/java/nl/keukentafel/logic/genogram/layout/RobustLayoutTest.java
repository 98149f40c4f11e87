package nl.keukentafel.logic.genogram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import org.junit.jupiter.api.Test;

/** Large and random families: no overlaps, structure kept, sibling blocks whole and in order, no crossings, deterministic. */
class RobustLayoutTest {
    @Test
    void fortyFourPeopleOverFourGenerationsWithoutOverlap() {
        FamilyGraph graph = SampleFamilies.large();
        Layouts family = Layouts.of(graph);

        assertThat(graph.persons()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(family.layout().persons().values()).extracting(GenogramLayout.Placement::generation).containsOnly(0, 1, 2, 3);
        family.assertStructure();
        family.assertNoOverlap();
        assertSiblingBlocks(graph, family.layout());
        assertThat(family.rowNames(2)).containsSubsequence("Marieke Smit", "Robert Smit", "Anouk Smit", "Iris Smit");
        assertThat(family.rowNames(3)).containsSubsequence("Sophie Brouwer", "Lucas Brouwer", "Amir Haddad");
        List<String> parents = family.rowNames(2);
        assertThat(parents.indexOf("Tom Brouwer") - parents.indexOf("Fatima Haddad")).as("a birth mother beside the foster family")
                .isEqualTo(1);
    }

    @Test
    void randomFamiliesOfEverySizeKeepEveryRule() {
        for (int people : List.of(30, 100, 300)) {
            for (long seed = 1; seed <= 6; seed++) {
                FamilyGraph graph = SampleFamilies.random(people, seed);
                Layouts family = Layouts.of(graph);
                assertThat(graph.persons()).hasSize(people);
                family.assertStructure();
                family.assertNoOverlap();
                assertSiblingBlocks(graph, family.layout());
                assertThat(crossings(graph, family.layout())).as("crossings with %d people, seed %d", people, seed).isZero();
            }
        }
    }

    @Test
    void theSameFamilyListedInAnyOrderGivesTheSameLayout() {
        Map<String, Supplier<FamilyGraph>> families = new java.util.LinkedHashMap<>(SampleFamilies.all());
        families.put("random", () -> SampleFamilies.random(120, 7));
        families.forEach((name, family) -> {
            FamilyGraph graph = family.get();
            GenogramLayout expected = new RuleLayouter().layout(graph);
            for (long seed = 1; seed <= 5; seed++) {
                assertThat(new RuleLayouter().layout(shuffled(graph, new Random(seed)))).as(name + " shuffled " + seed).isEqualTo(expected);
            }
        });
    }

    private static FamilyGraph shuffled(FamilyGraph graph, Random random) {
        List<FamilyGraph.Person> persons = new ArrayList<>(graph.persons());
        List<FamilyGraph.Couple> couples = new ArrayList<>();
        for (FamilyGraph.Couple couple : graph.couples()) {
            List<nl.keukentafel.model.genogram.UnionEvent> events = new ArrayList<>(couple.events());
            Collections.shuffle(events, random);
            couples.add(random.nextBoolean() ? new FamilyGraph.Couple(couple.id(), couple.partnerB(), couple.partnerA(), events)
                    : new FamilyGraph.Couple(couple.id(), couple.partnerA(), couple.partnerB(), events));
        }
        List<FamilyGraph.ParentEdge> edges = new ArrayList<>(graph.parentEdges());
        List<FamilyGraph.Relation> relations = new ArrayList<>(graph.relations());
        Collections.shuffle(persons, random);
        Collections.shuffle(couples, random);
        Collections.shuffle(edges, random);
        Collections.shuffle(relations, random);
        return new FamilyGraph(persons, couples, edges, relations);
    }

    /**
     * The children hanging under one couple stand left to right in birth order, and nobody stands between them but
     * their own partners.
     */
    static void assertSiblingBlocks(FamilyGraph graph, GenogramLayout layout) {
        Map<UUID, UUID> homes = RuleLayouter.homeCouples(graph);
        Map<UUID, List<UUID>> childrenOf = homes.keySet().stream().sorted()
                .collect(Collectors.groupingBy(homes::get, java.util.TreeMap::new, Collectors.toList()));
        Map<UUID, FamilyGraph.Person> byKey = graph.persons().stream().collect(Collectors.toMap(FamilyGraph.Person::key, person -> person));
        childrenOf.forEach((couple, children) -> {
            Map<Integer, List<UUID>> byRow = children.stream()
                    .collect(Collectors.groupingBy(child -> layout.persons().get(child).generation()));
            byRow.values().forEach(row -> {
                List<UUID> byX = row.stream().sorted(Comparator.comparingDouble(child -> layout.persons().get(child).x())).toList();
                List<UUID> byBirth = row.stream().sorted(Comparator.comparing((UUID child) -> byKey.get(child).birthSortKey(),
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
                assertThat(byX.stream().map(child -> byKey.get(child).birthSortKey()).toList()).as("birth order")
                        .isEqualTo(byBirth.stream().map(child -> byKey.get(child).birthSortKey()).toList());
                double left = layout.persons().get(byX.get(0)).x();
                double right = layout.persons().get(byX.get(byX.size() - 1)).x();
                double y = layout.persons().get(byX.get(0)).y();
                layout.persons().forEach((key, placement) -> {
                    if (placement.y() == y && placement.x() > left && placement.x() < right && !row.contains(key)) {
                        assertThat(graph.couples()).as("only a partner of a sibling stands between siblings").anySatisfy(partners ->
                                assertThat(List.of(partners.partnerA(), partners.partnerB())).contains(key).containsAnyElementsOf(row));
                    }
                });
            });
        });
    }

    /** Pairs of lines from a couple's midpoint down to its children that cross. */
    static long crossings(FamilyGraph graph, GenogramLayout layout) {
        Map<UUID, UUID> homes = RuleLayouter.homeCouples(graph);
        Map<UUID, FamilyGraph.Couple> couples = graph.couples().stream()
                .collect(Collectors.toMap(FamilyGraph.Couple::id, couple -> couple));
        List<double[]> lines = new ArrayList<>();
        homes.forEach((child, couple) -> {
            FamilyGraph.Couple parents = couples.get(couple);
            double top = (layout.persons().get(parents.partnerA()).x() + layout.persons().get(parents.partnerB()).x()) / 2;
            lines.add(new double[] {layout.persons().get(child).generation(), top, layout.persons().get(child).x()});
        });
        long crossings = 0;
        for (int first = 0; first < lines.size(); first++) {
            for (int second = first + 1; second < lines.size(); second++) {
                double[] one = lines.get(first);
                double[] other = lines.get(second);
                if (one[0] == other[0] && (one[1] - other[1]) * (one[2] - other[2]) < 0) {
                    crossings++;
                }
            }
        }
        return crossings;
    }
}
