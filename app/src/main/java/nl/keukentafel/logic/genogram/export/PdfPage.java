package nl.keukentafel.logic.genogram.export;

import java.awt.Color;
import java.io.IOException;
import nl.keukentafel.logic.genogram.draw.Drawing;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/** One page of a PDF export: the title, the drawing (whole or one tile of it), the tile label and crop marks. */
final class PdfPage {
    private static final float TITLE_SIZE = 12;
    private static final float LABEL_SIZE = 8;
    private static final float MARK = 8;

    private PdfPage() {
    }

    static void single(PDDocument document, PdfFont font, Drawing drawing, double scale, String title) throws IOException {
        try (PDPageContentStream stream = PdfExporter.open(document)) {
            title(stream, font, title);
            stream.saveGraphicsState();
            stream.transform(PdfExporter.unitsToPage(scale, 0, 0));
            new PdfPainter(stream, font).paint(drawing.shapes());
            stream.restoreGraphicsState();
        }
    }

    /** The part of the drawing from (ux, uy) that fills the content area, clipped to it, with marks and label. */
    static void tile(PDDocument document, PdfFont font, Drawing drawing, double scale, double ux, double uy, String title,
                     String label) throws IOException {
        try (PDPageContentStream stream = PdfExporter.open(document)) {
            title(stream, font, title);
            float left = PdfExporter.MARGIN;
            float bottom = PdfExporter.MARGIN + PdfExporter.FOOTER_SPACE;
            float width = PdfExporter.contentWidth();
            float height = PdfExporter.contentHeight();
            stream.saveGraphicsState();
            stream.addRect(left, bottom, width, height);
            stream.clip();
            stream.transform(PdfExporter.unitsToPage(scale, ux, uy));
            new PdfPainter(stream, font).paint(drawing.shapes());
            stream.restoreGraphicsState();
            cropMarks(stream, left, bottom, width, height);
            text(stream, font, label, left + MARK + 6, PdfExporter.MARGIN, LABEL_SIZE);
        }
    }

    private static void title(PDPageContentStream stream, PdfFont font, String title) throws IOException {
        float y = PdfExporter.pageSize().getHeight() - PdfExporter.MARGIN - TITLE_SIZE;
        text(stream, font, title, PdfExporter.MARGIN, y, TITLE_SIZE);
    }

    private static void text(PDPageContentStream stream, PdfFont font, String text, float x, float y, float size) throws IOException {
        stream.beginText();
        stream.setFont(font.font(), size);
        stream.setNonStrokingColor(Color.BLACK);
        stream.setTextMatrix(Matrix.getTranslateInstance(x, y));
        stream.showText(font.printable(text));
        stream.endText();
    }

    /** Corner marks just outside the content area, to trim and glue the overlapping tiles. */
    private static void cropMarks(PDPageContentStream stream, float left, float bottom, float width, float height) throws IOException {
        stream.setStrokingColor(Color.GRAY);
        stream.setLineWidth(0.5f);
        stream.setLineDashPattern(new float[0], 0);
        float right = left + width;
        float top = bottom + height;
        for (float[] corner : new float[][] {{left, bottom, -1, -1}, {right, bottom, 1, -1}, {left, top, -1, 1}, {right, top, 1, 1}}) {
            stream.moveTo(corner[0] + corner[2] * 2, corner[1]);
            stream.lineTo(corner[0] + corner[2] * (2 + MARK), corner[1]);
            stream.moveTo(corner[0], corner[1] + corner[3] * 2);
            stream.lineTo(corner[0], corner[1] + corner[3] * (2 + MARK));
        }
        stream.stroke();
    }
}
