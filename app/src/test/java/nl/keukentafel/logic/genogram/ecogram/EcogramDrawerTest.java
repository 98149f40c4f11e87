package nl.keukentafel.logic.genogram.ecogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Line;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.DrawingBounds;
import nl.keukentafel.logic.genogram.ecogram.EcogramGraph.Node;
import nl.keukentafel.logic.genogram.export.DrawingExport;
import nl.keukentafel.logic.genogram.export.ExportFormat;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.genogram.SupportDirection;
import nl.keukentafel.model.genogram.SupportKind;
import org.junit.jupiter.api.Test;

class EcogramDrawerTest {
    private static final Localization DUTCH = new Localization(Localization.DUTCH);
    private final List<Node> nodes = new ArrayList<>();
    private final Node school = node("Mevr. Jansen", "De Regenboog", EcogramGroup.SCHOOL, LinkStrength.STRONG,
            SupportDirection.TO_HOUSEHOLD, SupportKind.ADVICE, SupportKind.PRACTICAL);
    private final Node debt = node("Schuldhulp", "Gemeente", EcogramGroup.WORK, LinkStrength.STRESSFUL, SupportDirection.NONE);
    private final Node grandma = node("Oma Truus", null, EcogramGroup.FAMILY, LinkStrength.STRONG, SupportDirection.BOTH_WAYS,
            SupportKind.EMOTIONAL, SupportKind.COMPANY);
    private final Node neighbour = node("Buurvrouw Els", null, EcogramGroup.FRIENDS, LinkStrength.WEAK, SupportDirection.FROM_HOUSEHOLD);
    private final Node gp = node("Dr. Bakker", "Huisartsenpraktijk Oost", EcogramGroup.CARE, null, null);
    private final Node jgz = node("Wijkverpleegkundige", "JGZ", EcogramGroup.CARE, LinkStrength.WEAK, SupportDirection.TO_HOUSEHOLD);
    private final Node club = node("Voetbaltrainer", "VV Oost", EcogramGroup.LEISURE, LinkStrength.WEAK, SupportDirection.TO_HOUSEHOLD);
    private final Node uncle = node("Oom Karim", null, EcogramGroup.FAMILY, LinkStrength.STRESSFUL, SupportDirection.NONE);

    private final EcogramGraph graph = new EcogramGraph("Gezin El Amrani", List.of("Fatima el Amrani", "Sara el Amrani", "Adam el Amrani"),
            sorted());
    private final EcogramDrawer.Parts parts = new EcogramDrawer().draw(graph, DUTCH::get);
    private final Drawing picture = parts.picture();

    @Test
    void everyContactIsACircleOutsideTheHouseholdAndNoneOverlap() {
        Ellipse household = (Ellipse) one("household");
        List<Ellipse> circles = nodes.stream().map(node -> (Ellipse) one(node.id().toString())).toList();
        for (int i = 0; i < circles.size(); i++) {
            Ellipse a = circles.get(i);
            assertThat(Math.hypot(a.centerX() - household.centerX(), a.centerY() - household.centerY()))
                    .isGreaterThan(household.radiusX() + a.radiusX() + 50);
            for (int j = i + 1; j < circles.size(); j++) {
                Ellipse b = circles.get(j);
                assertThat(Math.hypot(a.centerX() - b.centerX(), a.centerY() - b.centerY())).isGreaterThan(a.radiusX() + b.radiusX() + 10);
            }
        }
    }

    @Test
    void groupsTakeContiguousSectorsInTheirOrderClockwiseFromTheTop() {
        Ellipse household = (Ellipse) one("household");
        List<EcogramGroup> aroundTheClock = graph.nodes().stream().sorted(java.util.Comparator.comparingDouble(node -> {
            Ellipse circle = (Ellipse) one(node.id().toString());
            double angle = Math.atan2(circle.centerY() - household.centerY(), circle.centerX() - household.centerX()) + Math.PI / 2 + 0.01;
            return angle < 0 ? angle + 2 * Math.PI : angle;
        })).map(Node::group).toList();
        assertThat(aroundTheClock).isSorted();
        assertThat(aroundTheClock.getFirst()).isEqualTo(EcogramGroup.FAMILY);
    }

    @Test
    void linesShowStrengthAndArrowsShowTheDirectionOfSupport() {
        Line strong = (Line) one(school.id() + ":line");
        assertThat(strong.style().strokeWidth()).isGreaterThan(3);
        Line weak = (Line) one(neighbour.id() + ":line");
        assertThat(weak.style().dashes()).isNotEmpty();
        assertThat(one(debt.id() + ":line")).as("stressful: zigzag").isInstanceOf(Polyline.class);
        Ellipse household = (Ellipse) one("household");
        Polyline toHousehold = (Polyline) one(school.id() + ":line:in");
        double tip = Math.hypot(toHousehold.points().get(0) - household.centerX(), toHousehold.points().get(1) - household.centerY());
        assertThat(tip).as("the arrow ends at the household circle")
                .isCloseTo(household.radiusX() + 3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(withId(school.id() + ":line:out")).isEmpty();
        assertThat(withId(grandma.id() + ":line:in")).hasSize(1);
        assertThat(withId(grandma.id() + ":line:out")).hasSize(1);
        assertThat(withId(neighbour.id() + ":line:out")).hasSize(1);
        assertThat(withId(school.id() + ":line:tag").stream().filter(s -> s instanceof Drawing.Text).map(s -> ((Drawing.Text) s).text()))
                .containsExactly("P", "A");
        List<String> legend = parts.legend().shapes().stream().filter(s -> s instanceof Drawing.Text).map(s -> ((Drawing.Text) s).text())
                .toList();
        assertThat(legend).contains("Sterke band", "Zwakke band", "Belastende band", "Nog niet ingevuld", "Richting van de steun",
                "Praktische steun", "Advies", "Gezelschap", "Emotionele steun");
    }

    @Test
    void theSameNetworkGivesTheSameDrawingAndEverythingIsInside() throws Exception {
        assertThat(new EcogramDrawer().draw(graph, DUTCH::get).picture()).isEqualTo(picture);
        DrawingBounds.Box page = new DrawingBounds.Box(0, 0, picture.width(), picture.height());
        for (Shape shape : picture.shapes()) {
            assertThat(page.contains(DrawingBounds.of(shape))).as(shape.id()).isTrue();
        }
        Path out = Path.of("target/genogram-samples");
        Files.createDirectories(out);
        try (var stream = Files.newOutputStream(out.resolve("ecogram.svg"))) {
            new DrawingExport(DUTCH::get).write(ExportFormat.SVG, picture, parts.legend(), "Ecogram", stream);
        }
        try (var stream = Files.newOutputStream(out.resolve("ecogram.pdf"))) {
            new DrawingExport(DUTCH::get).write(ExportFormat.PDF, picture, parts.legend(), "Ecogram Gezin El Amrani – 1 december 2026",
                    stream);
        }
    }

    private List<Node> sorted() {
        List<Node> copy = new ArrayList<>(nodes);
        copy.sort(java.util.Comparator.comparing(Node::group).thenComparing(Node::name));
        return copy;
    }

    private Node node(String name, String organisation, EcogramGroup group, LinkStrength strength, SupportDirection direction,
                      SupportKind... support) {
        Node node = new Node(new UUID(7, nodes.size() + 1), name, organisation, group, strength, direction, List.of(support));
        nodes.add(node);
        return node;
    }

    private Shape one(String id) {
        List<Shape> shapes = withId(id);
        assertThat(shapes).as(id).hasSize(1);
        return shapes.getFirst();
    }

    private List<Shape> withId(String id) {
        return picture.shapes().stream().filter(shape -> id.equals(shape.id())).toList();
    }
}
