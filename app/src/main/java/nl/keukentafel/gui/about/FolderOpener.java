package nl.keukentafel.gui.about;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a folder in the system's file manager. Tests pass their own; the app uses {@link #system()}. */
@FunctionalInterface
public interface FolderOpener {
    void open(Path folder) throws IOException;

    /** The desktop's file manager through AWT; fails with an IOException where the desktop offers none. */
    static FolderOpener system() {
        return folder -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new IOException("no file manager to open a folder with");
            }
            Desktop.getDesktop().open(folder.toFile());
        };
    }
}
