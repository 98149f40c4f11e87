package nl.keukentafel.gui.genogram;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.export.PngExporter;
import nl.keukentafel.logic.genogram.export.SvgExporter;

/** The app's exports: the drawing shown, written by the exporters of {@code logic.genogram.export}. Thread-safe. */
public final class StandardGenogramExports implements GenogramExports {
    /** Twice the screen's units: sharp enough to print a PNG on A4. */
    private static final double PNG_SCALE = 2;

    private final String title;

    public StandardGenogramExports(String title) {
        this.title = title;
    }

    @Override
    public void write(Drawing drawing, Format format, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (format == Format.PNG) {
                new PngExporter().write(drawing, PNG_SCALE, out);
            } else if (format == Format.SVG) {
                new SvgExporter().write(drawing, title, out);
            } else {
                throw new IOException("no PDF exporter in this build");
            }
        }
    }
}
