package nl.keukentafel.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.keukentafel.store.crypto.Argon2Kdf;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.store.crypto.Secrets;

/**
 * Makes the first unlock after launch as quick as the later ones by doing, while the consultant types the
 * passphrase, the work that only the first one pays: compiling Argon2's inner loop (a cold JVM derives the key about
 * twice as slowly) and loading SQLCipher's native library, the JDBC driver and Flyway with its migrations (a second
 * or more on a busy laptop). It uses a throwaway database with a random key in a temporary folder, deleted at once;
 * it never touches the vault or the passphrase. See docs/benchmarks.md ("First unlock"). Thread-safe; call once.
 */
public final class WarmUp {
    private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());
    /** Small derivations: enough for the JIT to compile the Blake2b rounds, far less than one real unlock. */
    private static final KdfParams SMALL = new KdfParams(8 * 1024, 2, 1);
    private static final int DERIVATIONS = 6;

    private WarmUp() {
    }

    public static void run() {
        for (int round = 0; round < DERIVATIONS; round++) {
            Secrets.wipe(Argon2Kdf.derive("warm-up".toCharArray(), new byte[16], SMALL));
        }
        byte[] key = new byte[Argon2Kdf.KEY_LENGTH];
        new SecureRandom().nextBytes(key);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("keukentafel-warmup");
            Database.open(folder.resolve("warmup.db"), key, null).close();
        } catch (IOException | SQLException | RuntimeException failure) {
            // only a lost head start: the real unlock does the same work and reports its own failures
            LOG.log(Level.FINE, "warm-up skipped", failure);
        } finally {
            Secrets.wipe(key);
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder with an empty, randomly keyed database: the system cleans it up
        }
    }
}
