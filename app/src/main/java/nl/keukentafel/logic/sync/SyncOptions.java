package nl.keukentafel.logic.sync;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import nl.keukentafel.sync.client.SyncApi;

/**
 * How the app syncs: the pause between background rounds, how the HTTP client for a server address is made
 * (tests and the fault campaign put a proxy or a shorter interval here), and whether unlocking starts background sync
 * by itself. Immutable.
 */
public record SyncOptions(Duration interval, Function<URI, SyncApi> apiFactory, boolean resumeOnUnlock) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    /** Background sync from the moment the vault is unlocked. */
    public SyncOptions(Duration interval, Function<URI, SyncApi> apiFactory) {
        this(interval, apiFactory, true);
    }

    /** The app's: background sync whenever the vault is unlocked. */
    public static SyncOptions defaults() {
        return new SyncOptions(DEFAULT_INTERVAL, SyncApi::new, true);
    }

    /**
     * Sync only when asked ({@link SyncService#resume()} or a login): a command that only reads or exports must not
     * talk to the server, nor leave a round half done when it locks the vault a moment later.
     */
    public static SyncOptions onRequestOnly() {
        return new SyncOptions(DEFAULT_INTERVAL, SyncApi::new, false);
    }
}
