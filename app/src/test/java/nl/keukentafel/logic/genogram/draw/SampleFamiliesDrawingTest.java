package nl.keukentafel.logic.genogram.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Couple;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.FamilyGraph.Relation;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.UnionEventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The drawing of every sample family, laid out by the real layouter, read back by shape id. */
class SampleFamiliesDrawingTest {
    private static final GenogramDrawOptions OPTIONS = GenogramDrawOptions.of(new Localization(Localization.DUTCH)::get);

    static Stream<Arguments> families() {
        return SampleFamilies.all().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue().get()));
    }

    private static DrawingProbe draw(FamilyGraph graph) {
        GenogramLayout layout = new RuleLayouter().layout(graph);
        return new DrawingProbe(new GenogramDrawer().draw(graph, layout, OPTIONS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void siblingsAreDrawnInBirthOrderOldestLeft(String name, FamilyGraph graph) {
        DrawingProbe probe = draw(graph);
        Map<UUID, UUID> home = RuleLayouter.homeCouples(graph);
        for (Couple couple : graph.couples()) {
            List<Person> siblings = graph.persons().stream().filter(person -> couple.id().equals(home.get(person.key())))
                    .filter(person -> person.birthSortKey() != null)
                    .sorted(Comparator.comparing(Person::birthSortKey)
                            .thenComparing(person -> person.birthOrder() == null ? Integer.MAX_VALUE : person.birthOrder()))
                    .toList();
            for (int i = 1; i < siblings.size(); i++) {
                if (!siblings.get(i).birthSortKey().equals(siblings.get(i - 1).birthSortKey())) {
                    assertThat(probe.centreX(siblings.get(i).key().toString()))
                            .as(name + ": " + siblings.get(i).name() + " right of " + siblings.get(i - 1).name())
                            .isGreaterThan(probe.centreX(siblings.get(i - 1).key().toString()));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void noSymbolOverlapsAnotherAndEverythingIsInsideTheDrawing(String name, FamilyGraph graph) {
        DrawingProbe probe = draw(graph);
        List<Box> symbols = graph.persons().stream().map(person -> probe.box(person.key().toString())).toList();
        for (int i = 0; i < symbols.size(); i++) {
            for (int j = i + 1; j < symbols.size(); j++) {
                assertThat(symbols.get(i).overlaps(symbols.get(j))).as(name + ": " + graph.persons().get(i).name() + " overlaps "
                        + graph.persons().get(j).name()).isFalse();
            }
        }
        Box page = new Box(0, 0, probe.drawing().width(), probe.drawing().height());
        for (Shape shape : probe.drawing().shapes()) {
            assertThat(page.contains(DrawingBounds.of(shape))).as(name + ": " + shape.id() + " inside").isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void namesUnderSymbolsDoNotRunIntoEachOther(String name, FamilyGraph graph) {
        DrawingProbe probe = draw(graph);
        List<Shape> names = probe.drawing().shapes().stream().filter(shape -> shape.id() != null && shape.id().endsWith(":name")).toList();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (!Objects.equals(names.get(i).id(), names.get(j).id())) {
                    assertThat(DrawingBounds.of(names.get(i)).overlaps(DrawingBounds.of(names.get(j))))
                            .as(name + ": " + names.get(i) + " / " + names.get(j)).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void theHouseholdBoundaryEnclosesExactlyTheHousehold(String name, FamilyGraph graph) {
        DrawingProbe probe = draw(graph);
        List<Shape> boundary = probe.ownedBy("household");
        assertThat(boundary.isEmpty()).isEqualTo(graph.persons().stream().noneMatch(Person::inHousehold));
        for (Person person : graph.persons()) {
            if (person.kind() != PersonKind.PERSON) {
                continue;
            }
            Box box = probe.box(person.key().toString());
            for (double[] corner : new double[][] {{box.minX(), box.minY()}, {box.maxX(), box.maxY()}, {box.minX(), box.maxY()}}) {
                assertThat(boundary.stream().anyMatch(shape -> DrawingProbe.inside(shape, corner[0], corner[1])))
                        .as(name + ": " + person.name()).isEqualTo(person.inHousehold());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void directedRelationsPointAtTheirTargetAndCoupleLinesFollowTheLastEvent(String name, FamilyGraph graph) {
        DrawingProbe probe = draw(graph);
        for (Relation relation : graph.relations()) {
            if (relation.type().directed()) {
                Polyline arrow = (Polyline) probe.one(relation.id() + ":arrow");
                double toTarget = Math.hypot(arrow.points().get(0) - probe.centreX(relation.to().toString()),
                        arrow.points().get(1) - probe.centreY(relation.to().toString()));
                assertThat(toTarget).as(name + ": arrow tip at the edge of the target").isLessThan(30);
            }
        }
        for (Couple couple : graph.couples()) {
            UnionEventType last = couple.events().isEmpty() ? null : couple.events().getLast().type();
            int slashes = probe.withId(couple.id() + ":slash0").size() + probe.withId(couple.id() + ":slash1").size();
            assertThat(slashes).as(name + ": slashes after " + last)
                    .isEqualTo(last == UnionEventType.DIVORCED ? 2 : last == UnionEventType.SEPARATED ? 1 : 0);
            boolean married = couple.events().stream().anyMatch(event -> event.type() == UnionEventType.MARRIED
                    || event.type() == UnionEventType.REGISTERED_PARTNERSHIP);
            assertThat(((Polyline) probe.one(couple.id().toString())).style().dashes().isEmpty()).as(name + ": solid when married")
                    .isEqualTo(married);
        }
    }
}
