package nl.keukentafel.logic.genogram.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.DrawingBounds;
import nl.keukentafel.logic.genogram.draw.DrawingBounds.Box;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a picture and its legend as a PDF on A4 landscape. When everything fits one page with a symbol at least
 * {@link #MIN_SYMBOL_MM} mm wide, it is one page. Otherwise the picture is tiled across pages at that size with
 * {@link #OVERLAP_MM} mm overlap, each page labelled with its row and column and given crop marks, and the legend
 * gets the last page: nothing is ever cut off. Every page has the title. Stateless and thread-safe.
 */
public final class PdfExporter {
    /** At this size a name (10 units) prints at about 6.5 pt, the smallest a person at the table reads easily. */
    public static final double MIN_SYMBOL_MM = 9;
    public static final double OVERLAP_MM = 15;
    static final float POINTS_PER_MM = 72f / 25.4f;
    static final float MARGIN = 12 * POINTS_PER_MM;
    static final float TITLE_SPACE = 24;
    static final float FOOTER_SPACE = 14;
    /** Drawing units of one symbol (GenogramLayout.SYMBOL). */
    private static final double SYMBOL_UNITS = 40;
    private static final double LEGEND_GAP = 30;

    private final Function<String, String> text;

    /** {@code text} gives the page label pattern ({@code genogram.pdf.tile}) in the user's language. */
    public PdfExporter(Function<String, String> text) {
        this.text = text;
    }

    /** The plan for a picture: its scale in points per unit and how many rows and columns of pages. */
    public record Plan(double scale, int rows, int columns, boolean legendOnOwnPage) {
        public int pages() {
            return rows * columns + (legendOnOwnPage ? 1 : 0);
        }

        /** The part of the picture (in drawing units) each tile page shows, row by row; one page: the whole content area. */
        public List<Box> tiles() {
            double overlap = OVERLAP_MM * POINTS_PER_MM / scale;
            double width = contentWidth() / scale;
            double height = contentHeight() / scale;
            List<Box> tiles = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    double x = column * (width - overlap);
                    double y = row * (height - overlap);
                    tiles.add(new Box(x, y, x + width, y + height));
                }
            }
            return tiles;
        }
    }

    public static PDRectangle pageSize() {
        return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    }

    /** The content area of a page in points: width and height below the title and above the page label. */
    static float contentWidth() {
        return pageSize().getWidth() - 2 * MARGIN;
    }

    static float contentHeight() {
        return pageSize().getHeight() - 2 * MARGIN - TITLE_SPACE - FOOTER_SPACE;
    }

    public static Plan plan(Drawing picture, Drawing legend) {
        double minScale = MIN_SYMBOL_MM * POINTS_PER_MM / SYMBOL_UNITS;
        Drawing both = legend == null ? picture : DrawingBounds.beside(picture, legend, LEGEND_GAP);
        double fit = Math.min(1, Math.min(contentWidth() / both.width(), contentHeight() / both.height()));
        if (fit >= minScale) {
            return new Plan(fit, 1, 1, false);
        }
        double overlap = OVERLAP_MM * POINTS_PER_MM / minScale;
        double tileWidth = contentWidth() / minScale;
        double tileHeight = contentHeight() / minScale;
        int columns = tiles(picture.width(), tileWidth, overlap);
        int rows = tiles(picture.height(), tileHeight, overlap);
        return new Plan(minScale, rows, columns, legend != null);
    }

    private static int tiles(double length, double tile, double overlap) {
        return length <= tile ? 1 : 1 + (int) Math.ceil((length - tile) / (tile - overlap));
    }

    public void write(Drawing picture, Drawing legend, String title, OutputStream out) throws IOException {
        Plan plan = plan(picture, legend);
        try (PDDocument document = new PDDocument()) {
            PdfFont font = PdfFont.load(document);
            document.getDocumentInformation().setTitle(title);
            if (plan.pages() == 1) {
                Drawing both = legend == null ? picture : DrawingBounds.beside(picture, legend, LEGEND_GAP);
                PdfPage.single(document, font, both, plan.scale(), title);
            } else {
                List<Box> tiles = plan.tiles();
                for (int i = 0; i < tiles.size(); i++) {
                    String label = text.apply("genogram.pdf.tile").formatted(i / plan.columns() + 1, i % plan.columns() + 1, plan.rows(),
                            plan.columns());
                    PdfPage.tile(document, font, picture, plan.scale(), tiles.get(i).minX(), tiles.get(i).minY(), title, label);
                }
                double legendScale = Math.min(1, Math.min(contentWidth() / legend.width(), contentHeight() / legend.height()));
                PdfPage.single(document, font, legend, legendScale, title);
            }
            document.save(out);
        }
    }

    /** Maps drawing units (y down) with origin (ux, uy) onto the content area at the given scale. */
    static Matrix unitsToPage(double scale, double ux, double uy) {
        float top = pageSize().getHeight() - MARGIN - TITLE_SPACE;
        return new Matrix((float) scale, 0, 0, (float) -scale, (float) (MARGIN - ux * scale), (float) (top + uy * scale));
    }

    static PDPageContentStream open(PDDocument document) throws IOException {
        PDPage page = new PDPage(pageSize());
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }
}
