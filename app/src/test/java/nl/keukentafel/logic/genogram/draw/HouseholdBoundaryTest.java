package nl.keukentafel.logic.genogram.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import nl.keukentafel.model.genogram.PersonKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The household boundary on the real layout of every sample family — among them a grandmother in the household two
 * rows above her grandchildren, a father living elsewhere between household members, a child living elsewhere between
 * siblings who live at home, and an unconnected great-aunt who lives in: one simple closed outline that holds every
 * member's symbol and label and no one else's symbol or label, and never runs through a symbol or a label.
 */
class HouseholdBoundaryTest {
    private static final GenogramDrawOptions OPTIONS = GenogramDrawOptions.of(new Localization(Localization.DUTCH)::get);

    static Stream<Arguments> families() {
        return SampleFamilies.withRandomHouseholds()
                .filter(arguments -> ((FamilyGraph) arguments.get()[1]).persons().stream().anyMatch(Person::inHousehold));
    }

    private static DrawingProbe draw(FamilyGraph graph) {
        return new DrawingProbe(new GenogramDrawer().parts(graph, new RuleLayouter().layout(graph), OPTIONS).picture());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void theHouseholdIsOneSimpleClosedShape(String name, FamilyGraph graph) {
        HouseholdOutlineChecks.oneSimpleClosedShape(name, draw(graph));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void itHoldsExactlyTheMembersSymbolsAndLabels(String name, FamilyGraph graph) {
        DrawingProbe probe = draw(graph);
        Shape boundary = probe.one("household");
        for (Person person : graph.persons()) {
            if (person.kind() != PersonKind.PERSON) {
                continue;
            }
            String key = person.key().toString();
            for (Shape part : probe.personParts(key)) {
                Box box = DrawingBounds.of(part);
                double[][] corners = {{box.minX(), box.minY()}, {box.maxX(), box.minY()}, {box.minX(), box.maxY()},
                    {box.maxX(), box.maxY()}};
                for (double[] corner : corners) {
                    assertThat(DrawingProbe.inside(boundary, corner[0], corner[1]))
                            .as(name + ": " + part.id() + " of " + person.name() + " inside the household line")
                            .isEqualTo(person.inHousehold());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void itRunsThroughNoSymbolAndNoLabel(String name, FamilyGraph graph) {
        DrawingProbe probe = draw(graph);
        List<double[]> edges = DrawingProbe.segments(probe.one("household"));
        for (Person person : graph.persons()) {
            for (Shape part : probe.personParts(person.key().toString())) {
                Box box = DrawingBounds.of(part);
                assertThat(edges).as(name + ": the household line through " + part.id() + " of " + person.name())
                        .noneMatch(edge -> DrawingProbe.crosses(edge, box));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aGrandmotherWhoLivesInIsInsideTheOneShapeAndConnectedToHerDaughter() {
        for (FamilyGraph graph : List.of(SampleFamilies.grandmothersFlat(), SampleFamilies.raisedByGrandmother())) {
            DrawingProbe probe = draw(graph);
            Person grandmother = graph.persons().stream().filter(person -> person.inHousehold()
                    && graph.parentEdges().stream().anyMatch(edge -> edge.parent().equals(person.key()))
                    && graph.parentEdges().stream().noneMatch(edge -> edge.child().equals(person.key()))).findFirst().orElseThrow();
            Box symbol = probe.box(grandmother.key().toString());
            assertThat(DrawingProbe.inside(probe.one("household"), symbol.minX(), symbol.minY())).isTrue();
            for (FamilyGraph.ParentEdge edge : graph.parentEdges()) {
                if (edge.parent().equals(grandmother.key())) {
                    List<Shape> lines = probe.drawing().shapes().stream()
                            .filter(shape -> shape.id() != null && shape.id().endsWith(":child:" + edge.child())).toList();
                    assertThat(lines).as(grandmother.name() + " connected to her child").isNotEmpty();
                }
            }
        }
    }
}
