package nl.keukentafel.logic.genogram.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Shape;
import nl.keukentafel.logic.genogram.draw.DrawingBounds;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import nl.keukentafel.logic.genogram.draw.GenogramDrawOptions;
import nl.keukentafel.logic.genogram.draw.GenogramDrawer;
import nl.keukentafel.logic.genogram.draw.GenogramDrawer.Parts;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import nl.keukentafel.model.genogram.PersonKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample family exported to SVG and PDF (kept in target/genogram-samples to look at): each symbol lies wholly on
 * a PDF page, the PDF holds every name, and the page count matches the plan.
 */
class SampleFamilyExportsTest {
    private static final Localization DUTCH = new Localization(Localization.DUTCH);
    private static final Path OUT = Path.of("target/genogram-samples");

    static Stream<Arguments> families() {
        return SampleFamilies.all().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue().get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void exportsWithEverySymbolOnAPageAndEveryName(String name, FamilyGraph graph) throws Exception {
        Parts parts = new GenogramDrawer().parts(graph, new RuleLayouter().layout(graph), GenogramDrawOptions.of(DUTCH::get));
        Files.createDirectories(OUT);
        DrawingExport export = new DrawingExport(DUTCH::get);
        Path pdf = OUT.resolve(name + ".pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            export.write(ExportFormat.PDF, parts.picture(), parts.legend(), "Genogram " + name + " – 1 december 2026", out);
        }
        try (OutputStream out = Files.newOutputStream(OUT.resolve(name + ".svg"))) {
            export.write(ExportFormat.SVG, parts.picture(), parts.legend(), "Genogram " + name, out);
        }
        PdfExporter.Plan plan = PdfExporter.plan(parts.picture(), parts.legend());
        List<Box> tiles = plan.tiles();
        for (Person person : graph.persons()) {
            Shape symbol = parts.picture().shapes().stream().filter(shape -> person.key().toString().equals(shape.id())).findFirst()
                    .orElseThrow();
            Box box = DrawingBounds.of(symbol);
            assertThat(tiles).as(name + ": " + person.name() + " wholly on a page").anyMatch(tile -> tile.contains(box));
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(plan.pages());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (Person person : graph.persons()) {
                if (person.kind() == PersonKind.PERSON && person.name() != null && !person.name().isBlank()) {
                    assertThat(text).as(name).contains(person.name().strip().split(" ")[0]);
                }
            }
        }
    }
}
