package nl.keukentafel.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a vault lives: a directory holding {@code vault.db} (encrypted SQLite, with its WAL) and
 * {@code vault.key} (the wrapped data key). Immutable.
 */
public record VaultLocation(Path directory) {
    public static final String DATABASE_FILE = "vault.db";
    public static final String KEY_FILE = "vault.key";

    public VaultLocation {
        Objects.requireNonNull(directory, "directory");
        directory = directory.toAbsolutePath().normalize();
    }

    public Path database() {
        return directory.resolve(DATABASE_FILE);
    }

    public Path keyFile() {
        return directory.resolve(KEY_FILE);
    }

    /** True when either file exists: then a new vault must never be created here. */
    public boolean hasAnyVaultFile() {
        return Files.exists(database()) || Files.exists(keyFile());
    }

    /**
     * The per-user default: {@code KEUKENTAFEL_HOME} if set; else the OS's place for application data
     * ({@code %APPDATA%\Keukentafel}, {@code ~/Library/Application Support/Keukentafel},
     * {@code $XDG_DATA_HOME/keukentafel} or {@code ~/.local/share/keukentafel}), plus {@code /vault}.
     */
    public static VaultLocation defaultLocation() {
        return new VaultLocation(applicationHome().resolve("vault"));
    }

    public static Path applicationHome() {
        String override = System.getenv("KEUKENTAFEL_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Keukentafel");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Keukentafel");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("keukentafel");
    }
}
