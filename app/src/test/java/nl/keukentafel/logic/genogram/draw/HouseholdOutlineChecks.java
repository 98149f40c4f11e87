package nl.keukentafel.logic.genogram.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import nl.keukentafel.model.genogram.PersonKind;

/**
 * What the household line must be in every drawing: one simple closed outline that holds every member's symbol and
 * labels and no one else's, and runs through no symbol and no label.
 */
final class HouseholdOutlineChecks {
    private HouseholdOutlineChecks() {
    }

    /** The household line is one closed shape whose edges neither cross nor run along each other; returns its edges. */
    static List<double[]> oneSimpleClosedShape(String name, DrawingProbe probe) {
        List<Shape> boundary = probe.ownedBy("household");
        assertThat(boundary).as(name + ": one household shape").hasSize(1);
        Shape shape = boundary.getFirst();
        assertThat(shape instanceof Drawing.Rect || shape instanceof Drawing.Polyline polyline && polyline.closed())
                .as(name + ": closed").isTrue();
        List<double[]> edges = DrawingProbe.segments(shape);
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 2; j < edges.size(); j++) {
                if (i == 0 && j == edges.size() - 1) {
                    continue; // the first and the last edge share the closing corner
                }
                assertThat(DrawingProbe.intersect(edges.get(i), edges.get(j)) || DrawingProbe.runAlong(edges.get(i), edges.get(j)))
                        .as(name + ": edges " + i + " and " + j + " cross (the outline is not simple)").isFalse();
            }
        }
        return edges;
    }

    static void assertOneOutlineAroundExactlyTheMembers(String name, FamilyGraph graph, DrawingProbe probe) {
        List<double[]> edges = oneSimpleClosedShape(name, probe);
        Shape shape = probe.ownedBy("household").getFirst();
        for (Person person : graph.persons()) {
            for (Shape part : probe.personParts(person.key().toString())) {
                Box box = DrawingBounds.of(part);
                assertThat(edges).as(name + ": the household line through " + part.id() + " of " + person.name())
                        .noneMatch(edge -> DrawingProbe.crosses(edge, box));
                if (person.kind() != PersonKind.PERSON) {
                    continue;
                }
                double[][] corners = {{box.minX(), box.minY()}, {box.maxX(), box.minY()}, {box.minX(), box.maxY()},
                    {box.maxX(), box.maxY()}};
                for (double[] corner : corners) {
                    assertThat(DrawingProbe.inside(shape, corner[0], corner[1]))
                            .as(name + ": " + part.id() + " of " + person.name() + " inside the household line")
                            .isEqualTo(person.inHousehold());
                }
            }
        }
    }
}
