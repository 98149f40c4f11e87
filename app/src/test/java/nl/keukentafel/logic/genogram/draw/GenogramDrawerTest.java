package nl.keukentafel.logic.genogram.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Rect;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import nl.keukentafel.logic.genogram.export.SvgExporter;
import nl.keukentafel.model.genogram.PersonKind;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class GenogramDrawerTest {
    private static final Localization DUTCH = new Localization(Localization.DUTCH);
    private final HandMadeFamily family = new HandMadeFamily();
    private final Drawing drawing = new GenogramDrawer().draw(family.graph(), family.layout(), GenogramDrawOptions.of(DUTCH::get));
    private final DrawingProbe probe = new DrawingProbe(drawing);

    @Test
    void everyPersonHasExactlyOneSymbolInTheNotationsShape() {
        for (Person person : family.persons) {
            assertThat(probe.withId(person.key().toString())).as(person.name()).hasSize(1);
        }
        assertThat(probe.one(family.father.toString())).isInstanceOf(Rect.class);
        assertThat(probe.one(family.mother.toString())).isInstanceOf(Ellipse.class);
        assertThat(probe.one(family.foster.toString())).as("other gender: diamond").isInstanceOf(Polyline.class);
        Ellipse miscarriage = (Ellipse) probe.one(family.loss.toString());
        assertThat(miscarriage.radiusX()).isLessThan(10);
        assertThat(miscarriage.style().fill()).isEqualTo(Styles.INK);
        assertThat(probe.withId(family.grandfather + ":deceased")).hasSize(1);
        assertThat(probe.withId(family.grandmother + ":deceased")).isEmpty();
        assertThat(probe.withId(family.eldest + ":index")).hasSize(1);
    }

    @Test
    void symbolsKeepTheLayoutsPositionsAndNeverOverlap() {
        for (Person a : family.persons) {
            for (Person b : family.persons) {
                if (a != b) {
                    double layoutDx = family.placements.get(b.key()).x() - family.placements.get(a.key()).x();
                    double drawnDx = probe.centreX(b.key().toString()) - probe.centreX(a.key().toString());
                    assertThat(drawnDx).isCloseTo(layoutDx, Offset.offset(0.01));
                    assertThat(probe.box(a.key().toString()).overlaps(probe.box(b.key().toString()))).isFalse();
                }
            }
        }
        Box all = new Box(0, 0, drawing.width(), drawing.height());
        drawing.shapes().forEach(shape -> assertThat(all.contains(DrawingBounds.of(shape))).as(shape.id()).isTrue());
    }

    @Test
    void theHouseholdBoundaryEnclosesExactlyTheHouseholdMembers() {
        List<Shape> boundary = drawing.shapes().stream().filter(shape -> "household".equals(Drawing.owner(shape.id()))).toList();
        assertThat(boundary).isNotEmpty();
        for (Person person : family.persons) {
            if (person.kind() != PersonKind.PERSON) {
                continue;
            }
            Box box = probe.box(person.key().toString());
            double[][] corners = {{box.minX(), box.minY()}, {box.maxX(), box.minY()}, {box.minX(), box.maxY()}, {box.maxX(), box.maxY()}};
            for (double[] corner : corners) {
                boolean inside = boundary.stream().anyMatch(shape -> DrawingProbe.inside(shape, corner[0], corner[1]));
                assertThat(inside).as(person.name() + " corner inside the household line").isEqualTo(person.inHousehold());
            }
        }
    }

    @Test
    void theAbuseArrowPointsAtTheVictim() {
        Polyline arrow = (Polyline) probe.one(family.abuse + ":arrow");
        double tipX = arrow.points().get(0);
        double tipY = arrow.points().get(1);
        double toVictim = distance(tipX, tipY, family.eldest);
        double toActor = distance(tipX, tipY, family.father);
        assertThat(toVictim).isLessThan(30).isLessThan(toActor);
        assertThat(probe.withId(family.conflict + ":arrow")).as("conflict has no direction").isEmpty();
    }

    @Test
    void coupleLinesFollowTheirLatestEvent() {
        Polyline married = (Polyline) probe.one(family.grandparents.toString());
        assertThat(married.style().dashes()).isEmpty();
        assertThat(probe.withId(family.grandparents + ":slash0")).isEmpty();
        Polyline divorced = (Polyline) probe.one(family.firstCouple.toString());
        assertThat(divorced.style().dashes()).as("married before the divorce").isEmpty();
        assertThat(probe.withId(family.firstCouple + ":slash0")).hasSize(1);
        assertThat(probe.withId(family.firstCouple + ":slash1")).hasSize(1);
        Polyline cohabiting = (Polyline) probe.one(family.secondCouple.toString());
        assertThat(cohabiting.style().dashes()).isNotEmpty();
        assertThat(texts(family.firstCouple + ":event")).containsExactlyInAnyOrder("getr. 1994", "gesch. 1999");
        double lineY = cohabiting.points().get(3);
        assertThat(lineY).as("the couple line runs below the symbols").isGreaterThan(probe.box(family.mother.toString()).maxY());
    }

    @Test
    void aFosterChildHangsUnderItsBirthMotherAndDottedUnderItsFosterCouple() {
        Polyline fosterLine = (Polyline) probe.one(family.secondCouple + ":child:" + family.foster);
        assertThat(fosterLine.style().dashes()).containsExactly(1.5, 3.0);
        Polyline birthLine = (Polyline) probe.one(family.birthMother + ":child:" + family.foster);
        assertThat(birthLine.style().dashes()).isEmpty();
        List<Double> points = fosterLine.points();
        assertThat(points.get(points.size() - 2)).isCloseTo(probe.centreX(family.foster.toString()), Offset.offset(0.01));
    }

    @Test
    void identicalTwinsLeaveFromOnePointWithABar() {
        Polyline a = (Polyline) probe.one(family.secondCouple + ":child:" + family.twinA);
        Polyline b = (Polyline) probe.one(family.secondCouple + ":child:" + family.twinB);
        assertThat(a.points().get(4)).isEqualTo(b.points().get(4));
        assertThat(probe.withId(family.secondCouple + ":identical")).hasSize(1);
    }

    @Test
    void theLegendListsWhatIsUsedAndNothingElse() {
        List<String> labels = drawing.shapes().stream().filter(shape -> shape instanceof Text && shape.id().startsWith("legend:"))
                .map(shape -> ((Text) shape).text()).toList();
        assertThat(labels).contains("Legenda", "Man", "Vrouw", "Ander geslacht", "Indexpersoon (dubbele rand)", "Miskraam", "Pleegkind",
                "Eeneiige tweeling", "Huidig huishouden", "Gescheiden (twee strepen)", "Conflict", "Hecht",
                "Mishandeling (pijl naar wie het ondergaat)");
        assertThat(labels).doesNotContain("Adoptiekind", "Abortus", "Zwangerschap", "Afstandelijk", "Geslacht onbekend");
    }

    @Test
    void writesAPreviewToLookAt() throws Exception {
        Path out = Path.of("target/genogram-preview");
        Files.createDirectories(out);
        Files.writeString(out.resolve("hand-made.svg"), new SvgExporter().toSvg(drawing, "test"));
        assertThat(out.resolve("hand-made.svg")).exists();
    }

    private List<String> texts(String id) {
        return probe.withId(id).stream().map(shape -> ((Text) shape).text()).toList();
    }

    private double distance(double x, double y, UUID person) {
        return Math.hypot(x - probe.centreX(person.toString()), y - probe.centreY(person.toString()));
    }
}
