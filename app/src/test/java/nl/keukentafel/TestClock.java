package nl.keukentafel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that stands still until the test moves it on: each edit or day of a test gets a time of its own to look for.
 * In the zone it is given ({@link #withZone} is ignored, as the app never changes its zone). Thread-safe.
 */
public final class TestClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Moves the clock on by {@code step}. */
    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
