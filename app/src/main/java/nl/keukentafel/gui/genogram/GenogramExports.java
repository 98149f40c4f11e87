package nl.keukentafel.gui.genogram;

import java.io.IOException;
import java.nio.file.Path;
import nl.keukentafel.logic.genogram.draw.Drawing;

/** Writes a drawing to a file (PNG, SVG, PDF) with the exporters; injected so the screen does not know them. */
@FunctionalInterface
public interface GenogramExports {
    enum Format { PNG, SVG, PDF }

    void write(Drawing drawing, Format format, Path file) throws IOException;
}
