package nl.keukentafel.logic;

import java.time.Duration;

/**
 * Slows down repeated wrong passphrases: free for three attempts, then 2, 4, 8 … up to 60 seconds.
 * Kept in memory only: a failed attempt must not write to disk (ADR 0001). Thread-safe.
 */
public final class UnlockThrottle {
    private static final int FREE_ATTEMPTS = 3;
    private static final long MAXIMUM_SECONDS = 60;
    private int failures;

    public synchronized void failed() {
        failures++;
    }

    public synchronized void succeeded() {
        failures = 0;
    }

    public synchronized int failures() {
        return failures;
    }

    /** How long to wait before the next attempt is taken. */
    public synchronized Duration delayBeforeNextAttempt() {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        long seconds = Math.min(MAXIMUM_SECONDS, 1L << Math.min(6, failures - FREE_ATTEMPTS + 1));
        return Duration.ofSeconds(seconds);
    }
}
