package nl.keukentafel.cli;

import java.time.Clock;
import nl.keukentafel.logic.SessionManager;
import nl.keukentafel.logic.sync.SyncOptions;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * The one place commands get their session manager: unlocking never starts background sync here. A command that
 * reads or exports must not talk to the server, and locking the vault mid-round could lose a refresh token the server
 * had just rotated; {@code sync} starts its round itself. Stateless and thread-safe.
 */
final class CliSessions {
    private CliSessions() {
    }

    static SessionManager manager(VaultLocation location, Clock clock, KdfParams kdf) {
        SessionManager manager = new SessionManager(location, clock, kdf);
        manager.syncOptions(SyncOptions.onRequestOnly());
        return manager;
    }
}
