package nl.keukentafel.sync.server.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What the instance's own traffic says about its database: when a transaction last committed, and when one last
 * failed because the connection was lost or none could be had. {@code /health} answers from it while calls are
 * committing, so a load balancer's probe never waits behind a busy pool (under a Monday-morning load a probe that
 * queued for a connection timed out and took both healthy instances out of rotation); once a connection was lost, or
 * when nothing committed lately, the probe asks the database itself. Thread-safe.
 */
public final class DatabaseHealth {
    private final LongSupplier nanoTime;
    private final long origin;
    /** Nanoseconds after {@link #origin}, plus one; 0 for never. */
    private final AtomicLong lastCommit = new AtomicLong();
    private final AtomicLong lastLoss = new AtomicLong();

    public DatabaseHealth() {
        this(System::nanoTime);
    }

    DatabaseHealth(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.origin = nanoTime.getAsLong();
    }

    void committed() {
        lastCommit.accumulateAndGet(now(), Math::max);
    }

    void connectionLost() {
        lastLoss.accumulateAndGet(now(), Math::max);
    }

    private long now() {
        return nanoTime.getAsLong() - origin + 1;
    }

    /** True when a transaction committed within {@code window} and no connection was lost after it. */
    public boolean committedWithin(Duration window) {
        long commit = lastCommit.get();
        return commit != 0 && commit > lastLoss.get() && now() - commit <= window.toNanos();
    }

    /**
     * A failure that says the database cannot be reached (no connection within the pool's wait, a connection error
     * of SQL state class 08, or an operator intervention 57P: shutdown, restart), as opposed to a failing statement.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
