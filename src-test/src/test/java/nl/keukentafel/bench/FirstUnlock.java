package nl.keukentafel.bench;

import java.nio.file.Path;
import java.time.Clock;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * The first unlock after launch against the later ones in the same fresh JVM (the ratio is what counts: a busy
 * machine slows both). {@code cold} unlocks at once; {@code warm} first runs {@link SessionManager#warmUp()}, as the
 * app does while the unlock screen waits. Not a test; run it by hand in a new JVM per line, see docs/benchmarks.md.
 * Arguments: a vault folder (made with the default KDF when it does not exist) and {@code cold} or {@code warm}.
 */
public final class FirstUnlock {
    private static final String PASSPHRASE = "demo wachtzin voor de keukentafel";

    private FirstUnlock() {
    }

    public static void main(String[] args) throws Exception {
        VaultLocation location = new VaultLocation(Path.of(args[0]));
        if (!java.nio.file.Files.exists(location.keyFile())) {
            Vault.create(location, PASSPHRASE.toCharArray(), "Meting", KdfParams.DEFAULT, Clock.systemUTC()).close();
        }
        if (args[1].equals("warm")) {
            long t = System.nanoTime();
            SessionManager.warmUp();
            System.out.printf("warm-up %.0f ms; ", (System.nanoTime() - t) / 1e6);
        }
        SessionManager sessions = new SessionManager(location, Clock.systemUTC(), KdfParams.DEFAULT);
        StringBuilder line = new StringBuilder(args[1] + ": unlock");
        for (int round = 1; round <= 4; round++) {
            long t = System.nanoTime();
            sessions.unlock(PASSPHRASE.toCharArray());
            line.append(String.format(" %.0f", (System.nanoTime() - t) / 1e6));
            sessions.lock();
        }
        System.out.println(line + " ms");
    }
}
