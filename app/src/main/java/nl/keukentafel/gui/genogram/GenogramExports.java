package nl.keukentafel.gui.genogram;

import java.io.IOException;
import java.nio.file.Path;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.export.ExportFormat;

/** Writes a figure and its legend to a file (PNG, SVG, PDF); injected so the screen does not know the exporters. */
@FunctionalInterface
public interface GenogramExports {
    void write(Drawing figure, Drawing legend, ExportFormat format, Path file) throws IOException;
}
