package nl.keukentafel.gui.drawing;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.export.ExportFormat;

/**
 * Where an export goes: the system's save dialog in the app, a fixed file in a test (a native dialog cannot be
 * driven there). Empty when the consultant cancels. FX thread only.
 */
@FunctionalInterface
public interface SaveTarget {
    Optional<Path> choose(ExportFormat format, Window owner);

    /** The system's save dialog, offering "{@code baseName}.png" (or .svg, .pdf). */
    static SaveTarget saveDialog(Localization localization, String baseName) {
        return (format, owner) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(localization.get(ExportMenu.formatKey(format)));
            chooser.setInitialFileName(baseName + "." + format.extension());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(file -> Path.of(file.getPath()));
        };
    }
}
