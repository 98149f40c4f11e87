package nl.keukentafel.logic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the welcome screen is due: only before the first vault on this computer, and never again once the
 * consultant went past it (read or skipped). The mark is an empty file in the application folder, beside the
 * preferences, so it outlives a new vault and never touches the vault. Thread-safe (the file system is the state).
 */
public final class FirstRun {
    public static final String MARK_FILE_NAME = "welcome-seen";

    private final Path mark;
    private final Path vaultDirectory;

    public FirstRun(Path applicationHome, Path vaultDirectory) {
        this.mark = applicationHome.resolve(MARK_FILE_NAME);
        this.vaultDirectory = vaultDirectory;
    }

    /** True when no vault exists yet and the welcome was never seen. */
    public boolean welcomeDue() {
        return !Files.exists(mark) && !vaultExists();
    }

    private boolean vaultExists() {
        try (var entries = Files.list(vaultDirectory)) {
            return entries.findAny().isPresent();
        } catch (IOException missing) {
            return false;
        }
    }

    /** Remembers that the welcome was seen; a failure only means it may be shown once more. */
    public void markSeen() throws IOException {
        Files.createDirectories(mark.getParent());
        if (!Files.exists(mark)) {
            Files.createFile(mark);
        }
    }
}
