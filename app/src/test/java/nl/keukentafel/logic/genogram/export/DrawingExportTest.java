package nl.keukentafel.logic.genogram.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.DrawingBounds;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import nl.keukentafel.logic.genogram.draw.GenogramDrawOptions;
import nl.keukentafel.logic.genogram.draw.GenogramDrawer;
import nl.keukentafel.logic.genogram.draw.GenogramDrawer.Parts;
import nl.keukentafel.logic.genogram.draw.HandMadeFamily;
import nl.keukentafel.logic.genogram.draw.WideFamily;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DrawingExportTest {
    private static final Localization DUTCH = new Localization(Localization.DUTCH);
    private static final GenogramDrawOptions OPTIONS = GenogramDrawOptions.of(DUTCH::get);
    private final HandMadeFamily family = new HandMadeFamily();
    private final Parts parts = new GenogramDrawer().parts(family.graph(), family.layout(), OPTIONS);

    @Test
    void svgParsesAsXmlWithOneSymbolElementPerPersonAndEscapedText() throws Exception {
        Drawing drawing = new GenogramDrawer().draw(family.graph(), family.layout(), OPTIONS);
        String svg = new SvgExporter().toSvg(drawing, "Gezin <De Vries> & co");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 ");
        for (Person person : family.persons) {
            assertThat(elementsWithId(document, person.key().toString())).as(person.name()).isEqualTo(1);
        }
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Gezin <De Vries> & co");
        assertThat(svg).contains(">Fatima<", ">el Amrani<");
    }

    @Test
    void pngHasTheScaledSizeAndInkWhereTheSymbolsAre() throws Exception {
        Drawing drawing = new GenogramDrawer().draw(family.graph(), family.layout(), OPTIONS);
        BufferedImage image = new PngExporter().render(drawing, 2);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(drawing.width() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(drawing.height() * 2));
        for (Person person : family.persons) {
            Box box = DrawingBounds.of(drawing.shapes().stream().filter(shape -> person.key().toString().equals(shape.id()))
                    .findFirst().orElseThrow());
            assertThat(darkPixels(image, box, 2)).as(person.name()).isPositive();
        }
        assertThat(darkPixels(image, new Box(0, 0, 8, 8), 2)).as("the margin stays white").isZero();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PngExporter().write(drawing, 1, png);
        assertThat(ImageIO.read(new ByteArrayInputStream(png.toByteArray())).getWidth()).isEqualTo((int) Math.ceil(drawing.width()));
    }

    @Test
    void aSmallFamilyFitsOnePdfPageWithNamesTitleAndLegend() throws Exception {
        PdfExporter.Plan plan = PdfExporter.plan(parts.picture(), parts.legend());
        assertThat(plan.pages()).isEqualTo(1);
        String text = pdfText(pdf(parts, "Genogram gezin De Vries – 1 december 2026"), 1);
        assertThat(text).contains("Genogram gezin De Vries – 1 december 2026", "Truus", "Sara", "el Amrani", "Legenda", "Pleegkind");
    }

    @Test
    void aWideFamilyIsTiledWithOverlapAndNothingCutOff() throws Exception {
        WideFamily wide = new WideFamily(60, "Zoë Şahin-Łukasik");
        Parts wideParts = new GenogramDrawer().parts(wide.graph(), wide.layout(), OPTIONS);
        PdfExporter.Plan plan = PdfExporter.plan(wideParts.picture(), wideParts.legend());
        assertThat(plan.columns()).isGreaterThan(1);
        assertThat(plan.scale() * 40 / PdfExporter.POINTS_PER_MM).as("symbol width in mm").isGreaterThanOrEqualTo(6);
        List<Box> tiles = plan.tiles();
        for (Drawing.Shape shape : wideParts.picture().shapes()) {
            Box box = DrawingBounds.of(shape);
            if (wide.persons.stream().anyMatch(person -> person.key().toString().equals(shape.id()))) {
                assertThat(tiles).as("a symbol lies wholly on some page").anyMatch(tile -> tile.contains(box));
            }
            assertThat(IntStream.rangeClosed(0, 10).allMatch(i -> covered(tiles, box.minX() + box.width() * i / 10, box.minY())
                    && covered(tiles, box.minX() + box.width() * i / 10, box.maxY()))).as("shape " + shape.id() + " covered").isTrue();
        }
        Box overlap = tiles.get(0);
        assertThat(overlap.maxX() - tiles.get(1).minX()).as("overlap in units").isPositive();
        byte[] pdf = pdf(wideParts, "Genogram");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(plan.rows() * plan.columns() + 1);
        }
        assertThat(pdfText(pdf, 1)).contains("Rij 1, kolom 1", "Zoë", "Şahin-Łukasik");
        assertThat(pdfText(pdf, 2)).contains("Rij 1, kolom 2");
        assertThat(pdfText(pdf, plan.pages())).contains("Legenda");
    }

    private static boolean covered(List<Box> tiles, double x, double y) {
        return tiles.stream().anyMatch(tile -> tile.minX() <= x && x <= tile.maxX() && tile.minY() <= y && y <= tile.maxY());
    }

    private static byte[] pdf(Parts parts, String title) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(DUTCH::get).write(parts.picture(), parts.legend(), title, out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf, int page) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    private static int elementsWithId(Document document, String id) {
        int count = 0;
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            count += id.equals(((Element) all.item(i)).getAttribute("data-id")) ? 1 : 0;
        }
        return count;
    }

    private static int darkPixels(BufferedImage image, Box box, double scale) {
        int count = 0;
        for (int x = (int) (box.minX() * scale); x < Math.min(image.getWidth(), box.maxX() * scale); x++) {
            for (int y = (int) (box.minY() * scale); y < Math.min(image.getHeight(), box.maxY() * scale); y++) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                count += brightness < 300 ? 1 : 0;
            }
        }
        return count;
    }
}
