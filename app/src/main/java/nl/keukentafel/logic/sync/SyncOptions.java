package nl.keukentafel.logic.sync;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import nl.keukentafel.sync.client.SyncApi;

/**
 * How the app syncs: the pause between background rounds and how the HTTP client for a server address is made
 * (tests and the fault campaign put a proxy or a shorter interval here). Immutable.
 */
public record SyncOptions(Duration interval, Function<URI, SyncApi> apiFactory) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    public static SyncOptions defaults() {
        return new SyncOptions(DEFAULT_INTERVAL, SyncApi::new);
    }
}
