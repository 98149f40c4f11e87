package nl.keukentafel.cli;

import java.time.Clock;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.sync.SyncOptions;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * The one place commands open a vault: it must exist, it is unlocked with the passphrase file, the work runs, and it
 * is locked again whatever happens; vault failures become one line and an exit code ({@link VaultFailures}).
 * Unlocking never starts background sync here: a command that reads or exports must not talk to the server, and
 * locking the vault mid-round could lose a refresh token the server had just rotated; {@code sync} starts its round
 * itself. Stateless and thread-safe.
 */
final class CliSessions {
    /** Work on an unlocked session. */
    @FunctionalInterface
    interface SessionWork {
        int run(Session session) throws CliFailure;
    }

    private CliSessions() {
    }

    static SessionManager manager(VaultLocation location, Clock clock, KdfParams kdf) {
        SessionManager manager = new SessionManager(location, clock, kdf);
        manager.syncOptions(SyncOptions.onRequestOnly());
        return manager;
    }

    /** Unlocks the vault named by {@code vault}, runs {@code work}, and locks it again. */
    static int run(VaultOptions vault, CliContext context, SessionWork work) throws CliFailure {
        VaultLocation location = vault.location();
        if (!location.hasAnyVaultFile()) {
            throw new CliFailure(ExitCode.VAULT_NOT_FOUND, "cli.error.vaultNotFound", location.directory());
        }
        // The KDF parameters only matter for creating or re-keying; unlocking uses those in the key file.
        SessionManager manager = manager(location, context.clock(), KdfParams.DEFAULT);
        try {
            return work.run(manager.unlock(vault.passphrase()));
        } catch (VaultException failure) {
            throw VaultFailures.of(failure, vault);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.UNEXPECTED, "cli.error.unexpected", "InterruptedException");
        } finally {
            manager.lock();
        }
    }
}
