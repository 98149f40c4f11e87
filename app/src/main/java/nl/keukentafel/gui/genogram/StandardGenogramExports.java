package nl.keukentafel.gui.genogram;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.export.DrawingExport;
import nl.keukentafel.logic.genogram.export.ExportFormat;

/** The app's exports: what the screen shows, written by {@link DrawingExport} (a PDF fitted or tiled). Thread-safe. */
public final class StandardGenogramExports implements GenogramExports {
    private final DrawingExport export;
    private final String title;

    public StandardGenogramExports(Function<String, String> text, String title) {
        this.export = new DrawingExport(text);
        this.title = title;
    }

    @Override
    public void write(Drawing figure, Drawing legend, ExportFormat format, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            export.write(format, figure, legend, title, out);
        }
    }
}
