package nl.keukentafel.logic;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Small helpers for the logic tests: waiting for a condition, recording save statuses. Thread-safe. */
final class LogicTestSupport {
    private LogicTestSupport() {
    }

    /** Polls until {@code condition} holds; fails after a generous limit so a broken build does not hang. */
    static void awaitCondition(String what, BooleanSupplier condition) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(limit)) {
                throw new AssertionError("gave up waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    /** Every status the autosaver reported, in order. */
    static final class StatusLog implements Consumer<SaveStatus> {
        private final List<SaveStatus> statuses = new CopyOnWriteArrayList<>();

        @Override
        public void accept(SaveStatus status) {
            statuses.add(status);
        }

        List<SaveStatus> all() {
            return List.copyOf(statuses);
        }

        SaveStatus last() {
            return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
        }
    }
}
