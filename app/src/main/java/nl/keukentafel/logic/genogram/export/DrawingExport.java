package nl.keukentafel.logic.genogram.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.DrawingBounds;

/**
 * Writes a picture and its legend in one of the {@link ExportFormat}s: SVG and PNG with the legend beside the
 * picture, PDF fitted or tiled with the legend on the last page. Stateless and thread-safe.
 */
public final class DrawingExport {
    /** PNG pixels per drawing unit: a symbol of 40 units becomes 80 pixels, sharp on screen and in a report. */
    public static final double PNG_SCALE = 2;
    private static final double LEGEND_GAP = 30;
    private final Function<String, String> text;

    public DrawingExport(Function<String, String> text) {
        this.text = text;
    }

    public void write(ExportFormat format, Drawing picture, Drawing legend, String title, OutputStream out) throws IOException {
        Drawing both = legend == null ? picture : DrawingBounds.beside(picture, legend, LEGEND_GAP);
        switch (format) {
            case SVG -> new SvgExporter().write(both, title, out);
            case PNG -> new PngExporter().write(both, Math.min(PNG_SCALE, PngExporter.MAX_SIDE / Math.max(both.width(), both.height())),
                    out);
            default -> new PdfExporter(text).write(picture, legend, title, out);
        }
    }
}
