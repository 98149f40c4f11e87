package nl.keukentafel.logic.genogram.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import nl.keukentafel.logic.genogram.export.SvgExporter;
import nl.keukentafel.logic.genogram.layout.Labels;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Labels on the real layout of every sample family (among them one with long Turkish, Polish and Dutch names side by
 * side): no label box overlaps another label, a symbol or a line (couple, child, household, relation lines), long
 * names wrap onto two lines or are cut with the full name kept for hover, and the width estimate the layout spaces by
 * is never short of the font the PNG export paints with.
 */
class LabelPlacementTest {
    private static final GenogramDrawOptions OPTIONS = GenogramDrawOptions.of(new Localization(Localization.DUTCH)::get);
    /** Parts of a symbol: the age inside it and the question mark belong on it. */
    private static final Set<String> INSIDE = Set.of("age", "mark");

    static Stream<Arguments> families() {
        return SampleFamilies.withRandomHouseholds();
    }

    private static Drawing draw(FamilyGraph graph) {
        return new GenogramDrawer().parts(graph, new RuleLayouter().layout(graph), OPTIONS).picture();
    }

    private static List<Text> labels(Drawing drawing) {
        return drawing.shapes().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    private static String part(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? "" : id.substring(colon + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void noLabelOverlapsAnotherLabel(String name, FamilyGraph graph) {
        List<Text> labels = labels(draw(graph));
        List<Box> boxes = labels.stream().map(DrawingBounds::of).toList();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (boxes.get(i).overlaps(boxes.get(j))) {
                    throw new AssertionError(name + ": \"" + labels.get(i).text() + "\" overlaps \"" + labels.get(j).text() + "\"");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void noLabelOverlapsASymbol(String name, FamilyGraph graph) {
        Drawing drawing = draw(graph);
        DrawingProbe probe = new DrawingProbe(drawing);
        java.util.Map<Person, Box> symbols = new java.util.HashMap<>();
        graph.persons().forEach(person -> symbols.put(person, probe.box(person.key().toString())));
        for (Text label : labels(drawing)) {
            Box box = DrawingBounds.of(label);
            symbols.forEach((person, symbol) -> {
                boolean own = person.key().toString().equals(Drawing.owner(label.id())) && INSIDE.contains(part(label.id()));
                if (!own && box.overlaps(symbol)) {
                    throw new AssertionError(name + ": \"" + label.text() + "\" on the symbol of " + person.name());
                }
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void noLabelIsCrossedByALine(String name, FamilyGraph graph) {
        Drawing drawing = draw(graph);
        List<Shape> lines = drawing.shapes().stream().filter(shape -> shape instanceof Drawing.Line
                || shape instanceof Drawing.Polyline polyline && (!polyline.closed() || "household".equals(shape.id()))
                || shape instanceof Drawing.Rect && "household".equals(shape.id())).toList();
        for (Text label : labels(drawing)) {
            Box box = DrawingBounds.of(label);
            for (Shape line : lines) {
                boolean ownCross = Drawing.owner(line.id()) != null && Drawing.owner(line.id()).equals(Drawing.owner(label.id()))
                        && INSIDE.contains(part(label.id()));
                boolean near = DrawingBounds.of(line).grow(1).overlaps(box);
                if (!ownCross && near && DrawingProbe.segments(line).stream().anyMatch(segment -> DrawingProbe.crosses(segment, box))) {
                    throw new AssertionError(name + ": \"" + label.text() + "\" crossed by " + line.id());
                }
            }
        }
    }

    @Test
    void aLongNameWrapsOntoTwoLinesAndATooLongOneIsCutWithTheFullNameKept() {
        assertThat(Labels.name("Bo Smits").lines()).containsExactly("Bo Smits");
        assertThat(Labels.name("Anne-Sophie van der Heijden").lines()).containsExactly("Anne-Sophie", "van der Heijden");
        Labels.Name cut = Labels.name("Johanna Wilhelmina Maria van Oldenbarneveldt-Tjarda van Starkenborgh Stachouwer");
        assertThat(cut.shortened()).isTrue();
        assertThat(cut.lines()).hasSize(2);
        assertThat(cut.lines().getLast()).endsWith("…");
        cut.lines().forEach(line -> assertThat(Labels.width(line, Labels.NAME_SIZE)).isLessThanOrEqualTo(Labels.MAX_LINE_WIDTH));
    }

    @Test
    void aCutNameCarriesTheFullNameAsATitleInTheDrawingAndTheSvg() {
        String full = "Johanna Wilhelmina Maria van Oldenbarneveldt-Tjarda van Starkenborgh Stachouwer";
        var family = new nl.keukentafel.logic.genogram.samples.FamilyBuilder("cut");
        family.woman(full, "1990");
        FamilyGraph graph = family.build();
        Drawing drawing = draw(graph);
        List<Text> names = labels(drawing).stream().filter(text -> text.id().endsWith(":name")).toList();
        assertThat(names).hasSize(2).allMatch(text -> full.equals(text.title()));
        assertThat(new SvgExporter().toSvg(drawing, "t")).contains("<title>" + full + "</title>");
        assertThat(labels(draw(SampleFamilies.nuclear()))).allMatch(text -> text.title() == null);
    }

    @Test
    void theWidthEstimateIsNeverShortOfTheFontThePngIsPaintedWith() {
        FontRenderContext context = new FontRenderContext(null, true, true);
        List<Text> all = new ArrayList<>();
        SampleFamilies.all().values().forEach(family -> all.addAll(labels(draw(family.get()))));
        for (Text label : all) {
            Font font = new Font(Font.SANS_SERIF, label.bold() ? Font.BOLD : Font.PLAIN, 100).deriveFont((float) label.size());
            double painted = font.getStringBounds(label.text(), context).getWidth();
            assertThat(Labels.width(label.text(), label.size())).as(label.text()).isGreaterThanOrEqualTo(painted);
        }
    }
}
