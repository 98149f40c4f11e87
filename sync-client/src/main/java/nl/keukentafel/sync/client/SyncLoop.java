package nl.keukentafel.sync.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Runs sync rounds in the background: every {@code interval} while the server is reachable, on demand, and —
 * after a transient failure — again after a backoff, so a failed round always re-arms itself. Rounds that need
 * the user (log in again, update the app) wait for {@link #syncNow()}. Thread-safe.
 */
public final class SyncLoop implements AutoCloseable {
    private final SyncEngine engine;
    private final Duration interval;
    private final Clock clock;
    private final Consumer<SyncStatus> listener;
    private final Backoff backoff;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> next;
    private Instant lastSynced;

    public SyncLoop(SyncEngine engine, Duration interval, Clock clock, Consumer<SyncStatus> listener, RandomGenerator random) {
        this.engine = engine;
        this.interval = interval;
        this.clock = clock;
        this.listener = listener;
        this.backoff = new Backoff(random);
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sync");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a round as soon as possible (replacing a scheduled one). */
    public synchronized void syncNow() {
        schedule(Duration.ZERO);
    }

    private synchronized void schedule(Duration delay) {
        if (executor.isShutdown()) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = executor.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            SyncStatus status = engine.runRound();
            lastSynced = status.lastSynced();
            backoff.reset();
            schedule(interval);
        } catch (SyncException failure) {
            SyncStatus.State state = switch (failure.kind()) {
                case UNAUTHORIZED -> SyncStatus.State.NEEDS_LOGIN;
                case CLIENT_TOO_OLD -> SyncStatus.State.UPDATE_APP;
                case UNREACHABLE -> SyncStatus.State.OFFLINE;
                case SERVER_TROUBLE, REFUSED -> SyncStatus.State.SERVER_TROUBLE;
            };
            listener.accept(new SyncStatus(state, 0, 0, lastSynced, -1, -1, failure.code()));
            if (failure.transientFailure() || failure.kind() == SyncException.Kind.REFUSED) {
                schedule(backoff.nextDelay(failure.retryAfter()));
            }
        } catch (RuntimeException unexpected) {
            listener.accept(new SyncStatus(SyncStatus.State.SERVER_TROUBLE, 0, 0, lastSynced, -1, -1, "local-error"));
            schedule(backoff.nextDelay(Optional.empty()));
        }
    }

    public Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
