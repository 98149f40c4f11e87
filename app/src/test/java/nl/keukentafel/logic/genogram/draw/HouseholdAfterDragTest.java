package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import nl.keukentafel.model.genogram.PersonKind;
import org.junit.jupiter.api.Test;

/**
 * The household line after people were dragged (pinned where they were dropped, in layout units, as the screen stores
 * them): rows pushed into each other, rows that almost touch, a child's row above its parents. Still one outline
 * around exactly the members, never through a symbol or a label.
 */
class HouseholdAfterDragTest {
    private static final GenogramDrawOptions OPTIONS = GenogramDrawOptions.of(new Localization(Localization.DUTCH)::get);
    private static final double ROW = RuleLayouter.ROW_HEIGHT;
    /** Random drags tried; a longer campaign with {@code -Dkeukentafel.householdDrags=5000}. */
    private static final int SEEDS = Integer.getInteger("keukentafel.householdDrags", 250);

    /** The graph with these persons pinned at these centres, as a drag stores them. */
    private static FamilyGraph pinned(FamilyGraph graph, Map<UUID, double[]> drops) {
        List<Person> persons = graph.persons().stream().map(person -> {
            double[] at = drops.get(person.key());
            return at == null ? person : new Person(person.key(), person.name(), person.gender(), person.kind(), person.birth(),
                    person.birthSortKey(), person.death(), person.deceased(), person.age(), person.index(), person.inHousehold(),
                    person.twinGroup(), person.twinKind(), person.birthOrder(), at[0], at[1]);
        }).toList();
        return new FamilyGraph(persons, graph.couples(), graph.parentEdges(), graph.relations());
    }

    private static GenogramLayout layout(FamilyGraph graph) {
        return new RuleLayouter().layout(graph);
    }

    private static DrawingProbe draw(FamilyGraph graph) {
        return new DrawingProbe(new GenogramDrawer().parts(graph, layout(graph), OPTIONS).picture());
    }

    private static UUID key(FamilyGraph graph, String name) {
        return graph.persons().stream().filter(person -> person.name().equals(name)).findFirst().orElseThrow().key();
    }

    /** Drops each named person at its laid-out place moved by (dx, dy). */
    private static FamilyGraph dragged(FamilyGraph graph, double dx, double dy, String... names) {
        GenogramLayout free = layout(graph);
        Map<UUID, double[]> drops = new HashMap<>();
        for (String name : names) {
            GenogramLayout.Placement at = free.persons().get(key(graph, name));
            drops.put(key(graph, name), new double[] {at.x() + dx, at.y() + dy});
        }
        return pinned(graph, drops);
    }

    private static void check(String name, FamilyGraph graph) {
        HouseholdOutlineChecks.assertOneOutlineAroundExactlyTheMembers(name, graph, draw(graph));
    }

    @Test
    void aChildDraggedAFewUnitsOffItsRowStaysInTheOneOutline() {
        check("Daan 3 lower", dragged(SampleFamilies.nuclear(), 0, 3, "Daan Bakhuis"));
        check("Fenna 12 higher", dragged(SampleFamilies.nuclear(), 0, -12, "Fenna Bakhuis"));
    }

    @Test
    void aChildDraggedUpIntoItsParentsRowStaysInTheOneOutline() {
        FamilyGraph nuclear = SampleFamilies.nuclear();
        check("Fenna beside her parents' names", dragged(nuclear, 260, -ROW + 60, "Fenna Bakhuis"));
        check("Fenna just under her parents' names", dragged(nuclear, 0, -ROW + 95, "Fenna Bakhuis"));
        check("Sem up among the adults", dragged(SampleFamilies.remarriage(), 320, -ROW + 40, "Sem Verwoerd"));
    }

    @Test
    void childrenDraggedAboveTheirParentsStayInTheOneOutline() {
        check("all children above", dragged(SampleFamilies.nuclear(), 0, -2 * ROW, "Lotte Bakhuis", "Daan Bakhuis", "Fenna Bakhuis"));
        check("two children right above", dragged(SampleFamilies.nuclear(), 300, -ROW - 60, "Lotte Bakhuis", "Daan Bakhuis"));
    }

    @Test
    void aRowDraggedOntoTheRowBelowStaysInTheOneOutline() {
        check("children half a row down", dragged(SampleFamilies.remarriage(), 150, ROW / 2, "Sem Verwoerd", "Fleur Verwoerd"));
        check("partner among the children", dragged(SampleFamilies.remarriage(), 40, ROW - 30, "Sanne de Graaf"));
        check("grandmother down to her grandson", dragged(SampleFamilies.raisedByGrandmother(), 200, ROW + 20,
                firstMemberOfRow(SampleFamilies.raisedByGrandmother(), 0)));
    }

    /**
     * Seeded random drags over random families with random households: every layout in which the drop left room for a
     * line between members and the others (a member's symbol or label not within reach of someone else's).
     */
    @Test
    void randomDragsKeepOneOutlineAroundExactlyTheMembers() {
        int checked = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            FamilyGraph family = withHousehold(SampleFamilies.random(8 + random.nextInt(14), seed), random);
            if (family.persons().stream().noneMatch(Person::inHousehold)) {
                continue;
            }
            GenogramLayout free = layout(family);
            Map<UUID, double[]> drops = new HashMap<>();
            int moves = 1 + random.nextInt(4);
            for (int move = 0; move < moves; move++) {
                Person person = family.persons().get(random.nextInt(family.persons().size()));
                GenogramLayout.Placement at = free.persons().get(person.key());
                double dy = random.nextInt(3) == 0 ? random.nextInt(9) - 4 : (random.nextDouble() * 2.4 - 1.2) * ROW;
                drops.put(person.key(), new double[] {at.x() + random.nextDouble() * 400 - 200, at.y() + dy});
            }
            FamilyGraph graph = pinned(family, drops);
            DrawingProbe probe = draw(graph);
            if (roomForTheLine(graph, probe)) {
                HouseholdOutlineChecks.assertOneOutlineAroundExactlyTheMembers("seed " + seed, graph, probe);
                checked++;
            }
        }
        org.assertj.core.api.Assertions.assertThat(checked).as("layouts checked").isGreaterThan(SEEDS / 2);
    }

    private static String firstMemberOfRow(FamilyGraph graph, int generation) {
        GenogramLayout free = layout(graph);
        return graph.persons().stream().filter(Person::inHousehold)
                .filter(person -> free.persons().get(person.key()).generation() == generation).findFirst().orElseThrow().name();
    }

    private static FamilyGraph withHousehold(FamilyGraph family, Random random) {
        return new FamilyGraph(family.persons().stream().map(p -> new Person(p.key(), p.name(), p.gender(), p.kind(), p.birth(),
                p.birthSortKey(), p.death(), p.deceased(), p.age(), p.index(), random.nextInt(3) == 0, p.twinGroup(), p.twinKind(),
                p.birthOrder(), p.pinnedX(), p.pinnedY())).toList(), family.couples(), family.parentEdges(), family.relations());
    }

    /**
     * Whether every member's symbol and block of labels are clear (by more than the line's padding) of every part and
     * text of the others: where a drop put a member right against someone who lives elsewhere no line fits between.
     */
    private static boolean roomForTheLine(FamilyGraph graph, DrawingProbe probe) {
        List<Box> members = new ArrayList<>();
        List<Box> others = new ArrayList<>();
        java.util.Set<String> memberKeys = new java.util.HashSet<>();
        graph.persons().stream().filter(Person::inHousehold).forEach(person -> memberKeys.add(person.key().toString()));
        // a couple's events between two members are inside the line, as in any household
        graph.couples().stream().filter(couple -> memberKeys.contains(couple.partnerA().toString())
                && memberKeys.contains(couple.partnerB().toString())).forEach(couple -> memberKeys.add(couple.id().toString()));
        for (Person person : graph.persons()) {
            boolean member = person.inHousehold();
            if (!member && person.kind() != PersonKind.PERSON) {
                continue;
            }
            // a member's name and years as the one block the line goes round
            Box labels = null;
            for (Shape part : probe.personParts(person.key().toString())) {
                boolean label = part.id().endsWith(":name") || part.id().endsWith(":years");
                if (member && label) {
                    labels = labels == null ? DrawingBounds.of(part) : labels.union(DrawingBounds.of(part));
                } else {
                    (member ? members : others).add(DrawingBounds.of(part));
                }
            }
            if (labels != null) {
                members.add(labels);
            }
        }
        for (Shape shape : probe.drawing().shapes()) {
            if (shape instanceof Drawing.Text && shape.id() != null && !memberKeys.contains(Drawing.owner(shape.id()))) {
                others.add(DrawingBounds.of(shape));
            }
        }
        double room = HouseholdBoundary.PAD + 1;
        return members.stream().noneMatch(member -> others.stream().anyMatch(other -> member.grow(room).overlaps(other)));
    }
}
