package nl.keukentafel.sync.server.http;

import java.util.concurrent.atomic.AtomicLong;
import nl.keukentafel.sync.protocol.ErrorCode;

/**
 * A bound on the memory all request bodies hold together. Each call reserves its bytes as it reads them (inflated
 * bytes, not wire bytes) and gives them back when its answer is sent. When the bound is reached a new body is refused
 * with 503 at once instead of being read: many slow or inflating bodies could otherwise fill the heap before any
 * check runs. Thread-safe.
 */
public final class BodyBudget {
    private final long limitBytes;
    private final AtomicLong heldBytes = new AtomicLong();

    public BodyBudget(long limitBytes) {
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("a body budget must be positive");
        }
        this.limitBytes = limitBytes;
    }

    /** A budget of a sixteenth of the heap: a parsed JSON tree takes several times its bytes, and the rest must live. */
    public static BodyBudget forThisHeap() {
        return new BodyBudget(Math.max(16L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16));
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** Bytes held by bodies now; for tests and measurements. */
    public long heldBytes() {
        return heldBytes.get();
    }

    /** A reservation of zero bytes that grows as a body is read; close it when the call is answered. */
    public Reservation open() {
        return new Reservation();
    }

    /** One call's share of the budget. Not thread-safe: one call reads its body on one thread. */
    public final class Reservation implements AutoCloseable {
        private long held;

        /** Reserves {@code bytes} more, or refuses with 503 {@code busy} when the budget has no room. */
        public void grow(long bytes) {
            while (true) {
                long before = heldBytes.get();
                if (before + bytes > limitBytes) {
                    throw new ApiException(ErrorCode.BUSY, "The server is receiving too much at once; try again shortly.", 2);
                }
                if (heldBytes.compareAndSet(before, before + bytes)) {
                    held += bytes;
                    return;
                }
            }
        }

        @Override
        public void close() {
            heldBytes.addAndGet(-held);
            held = 0;
        }
    }
}
