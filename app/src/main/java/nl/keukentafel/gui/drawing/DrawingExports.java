package nl.keukentafel.gui.drawing;

import java.io.IOException;
import java.nio.file.Path;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.export.ExportFormat;

/**
 * Writes a figure and its legend to a file (PNG, SVG, PDF): the genogram's and the ecogram's export. Injected so a
 * screen does not know the exporters.
 */
@FunctionalInterface
public interface DrawingExports {
    void write(Drawing figure, Drawing legend, ExportFormat format, Path file) throws IOException;
}
