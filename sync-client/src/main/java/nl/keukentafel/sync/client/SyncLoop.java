package nl.keukentafel.sync.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Runs sync rounds in the background: every {@code interval} while the server is reachable, on demand, and —
 * after a transient failure — again after a backoff, so a failed round always re-arms itself. Rounds that need
 * the user (log in again, update the app) wait for {@link #syncNow()}. Rounds run one at a time. Thread-safe.
 */
public final class SyncLoop implements AutoCloseable {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(20);

    private final SyncEngine engine;
    private final Duration interval;
    private final Clock clock;
    private final Consumer<SyncStatus> listener;
    private final Backoff backoff;
    private final ScheduledExecutorService executor;
    private final List<CompletableFuture<SyncStatus>> waiting = new ArrayList<>();
    private ScheduledFuture<?> next;
    private boolean requested;
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

    /** Starts a round as soon as possible (replacing a scheduled one; after the running one, if any). */
    public synchronized void syncNow() {
        requested = true;
        schedule(Duration.ZERO);
    }

    /**
     * As {@link #syncNow()}, and completes when a round that started after this call has ended: with its status, or
     * exceptionally with its {@link SyncException}.
     */
    public synchronized CompletableFuture<SyncStatus> runNow() {
        CompletableFuture<SyncStatus> done = new CompletableFuture<>();
        if (executor.isShutdown()) {
            done.completeExceptionally(new IllegalStateException("sync loop closed"));
            return done;
        }
        waiting.add(done);
        syncNow();
        return done;
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

    private synchronized List<CompletableFuture<SyncStatus>> startRound() {
        requested = false;
        List<CompletableFuture<SyncStatus>> waiters = new ArrayList<>(waiting);
        waiting.clear();
        return waiters;
    }

    /** After a round: a request that came in while it ran gets its own round at once. */
    private synchronized void rearm(Duration delay) {
        schedule(requested ? Duration.ZERO : delay);
    }

    private void round() {
        List<CompletableFuture<SyncStatus>> waiters = startRound();
        try {
            SyncStatus status = engine.runRound();
            lastSynced = status.lastSynced();
            backoff.reset();
            waiters.forEach(waiter -> waiter.complete(status));
            rearm(interval);
        } catch (SyncException failure) {
            SyncStatus.State state = switch (failure.kind()) {
                case UNAUTHORIZED -> SyncStatus.State.NEEDS_LOGIN;
                case CLIENT_TOO_OLD -> SyncStatus.State.UPDATE_APP;
                case UNREACHABLE -> SyncStatus.State.OFFLINE;
                case SERVER_TROUBLE, REFUSED -> SyncStatus.State.SERVER_TROUBLE;
            };
            ended(waiters, failure, new SyncStatus(state, 0, 0, lastSynced, -1, -1, failure.code()),
                    failure.transientFailure() || failure.kind() == SyncException.Kind.REFUSED
                            ? backoff.nextDelay(failure.retryAfter()) : null);
        } catch (Throwable unexpected) {
            // Anything at all — a bug, a store failure, even an OutOfMemoryError from a hostile answer — must still
            // answer everyone waiting and leave the loop armed; otherwise the app would silently never sync again.
            ended(waiters, unexpected, new SyncStatus(SyncStatus.State.SERVER_TROUBLE, 0, 0, lastSynced, -1, -1, "local-error"),
                    backoff.nextDelay(Optional.empty()));
        }
    }

    /** A failed round: tell the listener, fail the waiters, re-arm after {@code retry} (null: wait for the user). */
    private void ended(List<CompletableFuture<SyncStatus>> waiters, Throwable failure, SyncStatus status, Duration retry) {
        try {
            listener.accept(status);
        } catch (RuntimeException listenerFailed) {
            failure.addSuppressed(listenerFailed);
        } finally {
            waiters.forEach(waiter -> waiter.completeExceptionally(failure));
            if (retry != null) {
                rearm(retry);
            }
        }
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Stops the loop and waits for a running round to end (an HTTP call in flight is interrupted), so whoever closes
     * the local replica next does not pull it away from under a round.
     */
    @Override
    public void close() {
        List<CompletableFuture<SyncStatus>> waiters;
        synchronized (this) {
            executor.shutdownNow();
            waiters = new ArrayList<>(waiting);
            waiting.clear();
        }
        try {
            executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        waiters.forEach(waiter -> waiter.completeExceptionally(new IllegalStateException("sync loop closed")));
    }
}
