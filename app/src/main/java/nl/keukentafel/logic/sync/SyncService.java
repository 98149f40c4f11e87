package nl.keukentafel.logic.sync;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.client.SyncStatus;

/**
 * The app's sync: server address and login (the refresh token lives inside the vault), a background loop
 * that syncs whenever the server is reachable and on demand, the status for the always-visible indicator,
 * and the conflicts and rejected changes a person deals with. One per unlocked session. Thread-safe.
 *
 * <p>API skeleton: the implementation arrives with the sync work; signatures are the contract the GUI uses.
 */
public final class SyncService implements AutoCloseable {

    /** The server address and the user name last logged in with, when configured. */
    public record Settings(URI serverUrl, String username) {
    }

    public Optional<Settings> settings() {
        throw new UnsupportedOperationException("sync not yet built");
    }

    /** Logs in (stores the address and tokens in the vault) and starts background sync. Caller wipes the password. */
    public void login(URI serverUrl, String username, char[] password) throws SyncException {
        throw new UnsupportedOperationException("sync not yet built");
    }

    /** Forgets the tokens; local data and pending changes stay. */
    public void logout() {
        throw new UnsupportedOperationException("sync not yet built");
    }

    /** Starts a round now (push, then pull). */
    public void syncNow() {
        throw new UnsupportedOperationException("sync not yet built");
    }

    /** Receives every status change, on the sync thread (hop to the UI thread yourself); the current one at once. */
    public void onStatus(Consumer<SyncStatus> listener) {
        throw new UnsupportedOperationException("sync not yet built");
    }

    public List<ConflictItem> openConflicts() {
        throw new UnsupportedOperationException("sync not yet built");
    }

    public List<ConflictItem> openConflicts(UUID dossierId) {
        throw new UnsupportedOperationException("sync not yet built");
    }

    /** Writes the chosen value as a new version marked as resolving the conflict, and syncs. */
    public CompletableFuture<Void> resolve(UUID conflictId, Resolution resolution) {
        throw new UnsupportedOperationException("sync not yet built");
    }

    public List<RejectedItem> rejected() {
        throw new UnsupportedOperationException("sync not yet built");
    }

    @Override
    public void close() {
        // stops the loop; the implementation replaces this
    }
}
