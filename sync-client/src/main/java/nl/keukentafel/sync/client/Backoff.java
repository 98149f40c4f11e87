package nl.keukentafel.sync.client;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal" jitter (a random wait between half and all of 1 s, 2 s, 4 s … up to
 * 5 minutes), overridden by the server's Retry-After when it is longer. Not thread-safe: one per sync loop.
 */
public final class Backoff {
    static final Duration BASE = Duration.ofSeconds(1);
    static final Duration CAP = Duration.ofMinutes(5);

    private final RandomGenerator random;
    private int failures;

    public Backoff(RandomGenerator random) {
        this.random = random;
    }

    /** The wait before the next attempt after one more failure. */
    public Duration nextDelay(Optional<Duration> retryAfter) {
        failures++;
        long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << Math.min(20, failures - 1));
        Duration jittered = Duration.ofMillis(random.nextLong(ceiling / 2, ceiling + 1));
        return retryAfter.filter(after -> after.compareTo(jittered) > 0).map(after -> after.compareTo(CAP) > 0 ? CAP : after)
                .orElse(jittered);
    }

    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }
}
