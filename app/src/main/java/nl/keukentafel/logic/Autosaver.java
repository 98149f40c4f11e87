package nl.keukentafel.logic;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.ReadOnlyRecordException;
import nl.keukentafel.store.StoreException;

/**
 * Collects keystroke-level edits and commits them every {@value #INTERVAL_MILLIS} ms, so a killed process
 * loses well under a second of typing while the disk sees one commit per burst rather than per key.
 * A failed commit (a full disk) keeps the edits and retries them. Thread-safe.
 */
public final class Autosaver implements AutoCloseable {
    static final long INTERVAL_MILLIS = 250;

    private final RecordStore records;
    private final Clock clock;
    private final Consumer<SaveStatus> listener;
    private final ScheduledExecutorService ticker;
    private final Map<RecordRef, Map<String, Object>> pending = new LinkedHashMap<>();
    private final Object flushLock = new Object();

    /**
     * {@code listener} is called on the typing thread and on the ticker, under a lock: it must return quickly
     * (e.g. hand over to the UI thread) and must not call back into this autosaver.
     */
    public Autosaver(RecordStore records, Clock clock, Consumer<SaveStatus> listener) {
        this.records = records;
        this.clock = clock;
        this.listener = listener;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "autosave");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::flushQuietly, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Remembers the newest value of a field; it is committed within the interval. "Pending" is reported before
     * the ticker can take the edit, so a quick commit's "saved" never arrives before it and is never hidden.
     */
    public void edit(RecordRef ref, String field, Object value) {
        synchronized (pending) {
            pending.computeIfAbsent(ref, key -> new LinkedHashMap<>()).put(field, value);
            listener.accept(new SaveStatus(SaveStatus.State.PENDING, clock.instant(), false));
        }
    }

    /**
     * Commits everything typed so far and waits until it is durable. Flushes run one at a time: a caller must
     * not return while the ticker still commits edits it took a moment earlier.
     */
    public void flush() {
        synchronized (flushLock) {
            flushPending();
        }
    }

    private void flushPending() {
        Map<RecordRef, Map<String, Object>> batch;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new LinkedHashMap<>(pending);
            pending.clear();
        }
        Map<RecordRef, CompletableFuture<Boolean>> commits = new LinkedHashMap<>();
        batch.forEach((ref, fields) -> commits.put(ref, records.patch(ref, fields)));
        RuntimeException firstFailure = null;
        boolean refused = false;
        for (Map.Entry<RecordRef, CompletableFuture<Boolean>> commit : commits.entrySet()) {
            try {
                commit.getValue().join();
                batch.remove(commit.getKey());
            } catch (RuntimeException failure) {
                if (ReadOnlyRecordException.in(failure).isPresent()) {
                    // an agreed version or a closed dossier: retrying can never succeed and would block every flush
                    batch.remove(commit.getKey());
                    refused = true;
                } else if (firstFailure == null) {
                    firstFailure = failure;
                }
            }
        }
        if (firstFailure != null) {
            requeue(batch);
            StoreException storeFailure = firstFailure.getCause() instanceof StoreException cause ? cause : null;
            listener.accept(new SaveStatus(SaveStatus.State.FAILED, clock.instant(), storeFailure != null && storeFailure.diskFull()));
            throw firstFailure;
        }
        synchronized (pending) {
            // edits typed during this commit are not saved yet
            listener.accept(refused ? new SaveStatus(SaveStatus.State.READ_ONLY, clock.instant(), false)
                    : pending.isEmpty() ? SaveStatus.saved(clock.instant())
                    : new SaveStatus(SaveStatus.State.PENDING, clock.instant(), false));
        }
    }

    /**
     * A write that went around the typing buffer (one use case's transaction: a genogram step, an undo) is durable:
     * the indicator says "saved" now, or still "pending" when typed edits wait. Waits for a commit the ticker has
     * taken, so "saved" is never said while typed text is still being written. Call off the UI thread.
     */
    public void written() {
        synchronized (flushLock) {
            synchronized (pending) {
                listener.accept(pending.isEmpty() ? SaveStatus.saved(clock.instant())
                        : new SaveStatus(SaveStatus.State.PENDING, clock.instant(), false));
            }
        }
    }

    private void requeue(Map<RecordRef, Map<String, Object>> batch) {
        synchronized (pending) {
            batch.forEach((ref, fields) -> {
                Map<String, Object> newer = pending.computeIfAbsent(ref, key -> new LinkedHashMap<>());
                fields.forEach(newer::putIfAbsent);
            });
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException retried) {
            // kept in 'pending' and retried on the next tick; the listener has shown the failure
        }
    }

    /** True while edits wait for a commit (typed and not yet taken by a flush, or kept after a failure). */
    boolean hasPending() {
        synchronized (pending) {
            return !pending.isEmpty();
        }
    }

    /** Commits what is pending and stops the ticker. */
    @Override
    public void close() {
        ticker.shutdown();
        flush();
    }
}
