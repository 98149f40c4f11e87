package nl.keukentafel.gui.drawing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Function;
import nl.keukentafel.logic.export.DossierExports;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.export.DrawingExport;
import nl.keukentafel.logic.genogram.export.ExportFormat;

/**
 * The app's exports of a genogram or ecogram: what the screen shows, written by {@link DrawingExport} (a PDF fitted
 * or tiled) through the same atomic, audited path as the command line ({@link DossierExports}; the audit row says
 * "genogram png" or "ecogram pdf", as the command line's does). Thread-safe.
 */
public final class StandardDrawingExports implements DrawingExports {
    private final DrawingExport export;
    private final String title;
    private final DossierExports exports;
    private final UUID dossierId;

    public StandardDrawingExports(Function<String, String> text, String title, DossierExports exports, UUID dossierId) {
        this.export = new DrawingExport(text);
        this.title = title;
        this.exports = exports;
        this.dossierId = dossierId;
    }

    @Override
    public void write(Drawing figure, Drawing legend, ExportFormat format, Path file) throws IOException {
        exports.write(dossierId, title.toLowerCase(java.util.Locale.ROOT) + " " + format.extension(), file,
                out -> export.write(format, figure, legend, title, out));
    }
}
