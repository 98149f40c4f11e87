package nl.keukentafel.logic.sync;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.sync.StoredConflict;
import nl.keukentafel.store.sync.StoredRejection;
import nl.keukentafel.store.sync.VaultReplica;
import nl.keukentafel.sync.client.SyncEngine;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.client.SyncLoop;
import nl.keukentafel.sync.client.SyncStatus;

/**
 * The app's sync: server address and login (the refresh token lives inside the vault), a background loop
 * that syncs whenever the server is reachable and on demand, the status for the always-visible indicator,
 * and the conflicts and rejected changes a person deals with. One per unlocked session; {@link #close()} stops the
 * loop and waits for a running round, so the vault can be locked after it. Thread-safe.
 */
public final class SyncService implements AutoCloseable {
    private final Clock clock;
    private final SyncOptions options;
    private final Runnable flushEdits;
    private final VaultReplica replica;
    private final ReceivedFamilies received;
    private final ReceivedNotice notice = new ReceivedNotice();
    private final ConflictMapper conflicts;
    private final ConflictResolver resolver;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus status;
    private SyncLoop loop;
    private boolean closed;

    /** Families that rounds brought onto this laptop and the consultant has not taken note of: how many, and when the last came. */
    public record Receipt(int families, Instant at) {
    }

    /** The server address and the user name last logged in with, when configured. */
    public record Settings(URI serverUrl, String username) {
    }

    /** {@code flushEdits} commits edits still being typed; it runs before each round pushes and before a resolution. */
    public SyncService(Vault vault, Clock clock, SyncOptions options, Runnable flushEdits) {
        this.clock = clock;
        this.options = options;
        this.flushEdits = flushEdits;
        this.replica = new VaultReplica(vault.database(), vault.audit(), vault.indexer(), clock);
        this.received = new ReceivedFamilies(replica, vault.records());
        this.conflicts = new ConflictMapper(vault.records());
        this.resolver = new ConflictResolver(vault.records());
        this.status = idleStatus();
    }

    public Optional<Settings> settings() {
        Optional<URI> url = replica.serverUrl();
        return url.map(address -> new Settings(address, replica.username().orElse("")));
    }

    /** On unlock: resumes background sync when this vault is logged in. */
    public synchronized void resume() {
        if (!closed && loop == null && replica.refreshToken().isPresent()) {
            settings().ifPresent(current -> startLoop(current.serverUrl(), null).syncNow());
        }
    }

    /** Logs in (stores the address and tokens in the vault) and starts background sync. Caller wipes the password. */
    public void login(URI serverUrl, String username, char[] password) throws SyncException {
        SyncLoop started;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("session closed");
            }
            stopLoop();
            SyncEngine engine = engine(serverUrl);
            engine.login(username, password, deviceName());
            replica.storeSettings(serverUrl, username);
            started = startLoop(serverUrl, engine);
        }
        started.syncNow();
    }

    /** Forgets the tokens; local data and pending changes stay. */
    public void logout() {
        synchronized (this) {
            stopLoop();
            replica.clearTokens();
        }
        notice.dismiss();
        publish(idleStatus());
    }

    /** Starts a round now (push, then pull). */
    public void syncNow() {
        SyncLoop current = currentLoop();
        if (current == null) {
            publish(idleStatus());
        } else {
            current.syncNow();
        }
    }

    /**
     * Starts a round now and completes when a round that began after this call has ended: with its status, or with
     * its {@link SyncException} (not logged in: {@code UNAUTHORIZED}).
     */
    public CompletableFuture<SyncStatus> syncRound() {
        SyncLoop current;
        synchronized (this) {
            // Opened without background sync (a command): this is the request that starts it.
            if (loop == null && !closed && replica.refreshToken().isPresent()) {
                settings().ifPresent(known -> startLoop(known.serverUrl(), null));
            }
            current = loop;
        }
        return current == null
                ? CompletableFuture.failedFuture(new SyncException(SyncException.Kind.UNAUTHORIZED, 0, "not-logged-in", null, null))
                : current.runNow();
    }

    /**
     * Receives every status change, on the sync thread (hop to the UI thread yourself); the current one at once.
     * Closing the returned handle unsubscribes (a locked or rebuilt screen receives nothing more); closing twice is harmless.
     */
    public AutoCloseable onStatus(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
        return () -> listeners.remove(listener);
    }

    public SyncStatus status() {
        return status;
    }

    public List<ConflictItem> openConflicts() {
        return items(replica.conflicts(null, true));
    }

    public List<ConflictItem> openConflicts(UUID dossierId) {
        return items(replica.conflicts(dossierId, true));
    }

    /** Writes the chosen value as a new version marked as resolving the conflict, and syncs. */
    public CompletableFuture<Void> resolve(UUID conflictId, Resolution resolution) {
        Optional<StoredConflict> conflict = replica.conflict(conflictId).filter(StoredConflict::open);
        if (conflict.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no open conflict " + conflictId));
        }
        boolean mine = replica.deviceId().isPresent() && replica.deviceId().get().equals(conflict.get().client().deviceId());
        try {
            flushEdits.run();
            // Not on the vault's writer thread, which completes the write: publishing reads and may write the vault.
            return resolver.resolve(conflict.get(), resolution, mine).thenRunAsync(() -> {
                publish(withCounts(status));
                syncNow();
            });
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    public List<RejectedItem> rejected() {
        return replica.rejected().stream().flatMap(rejection -> rejectedItem(rejection).stream()).toList();
    }

    /**
     * The families that rounds brought onto this laptop and that the consultant has neither closed the notice of nor
     * opened ("10 gezinnen binnengehaald"); empty otherwise. See {@link ReceivedNotice} for when it goes.
     */
    public Optional<Receipt> receivedNotice() {
        return notice.current();
    }

    /** The consultant closed "N gezinnen binnengehaald". */
    public void dismissReceivedNotice() {
        notice.dismiss();
    }

    /** The consultant opened a dossier; when it is one of the families received, the notice of them has been seen. */
    public void dossierOpened(UUID dossierId) {
        notice.opened(dossierId);
    }

    /** How many local changes wait to be sent (or to be answered by the server). */
    public int pendingCount() {
        return replica.pendingCount();
    }

    /** The replica under this service (store layer), for diagnostics and tests. */
    public VaultReplica replica() {
        return replica;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            stopLoop();
        }
        listeners.clear();
    }

    private SyncEngine engine(URI serverUrl) {
        return new SyncEngine(options.apiFactory().apply(serverUrl), received, clock, this::publish, flushEdits);
    }

    private SyncLoop startLoop(URI serverUrl, SyncEngine engine) {
        loop = new SyncLoop(engine == null ? engine(serverUrl) : engine, options.interval(), clock, this::publish,
                RandomGenerator.getDefault());
        return loop;
    }

    private void stopLoop() {
        if (loop != null) {
            loop.close();
            loop = null;
        }
    }

    private synchronized SyncLoop currentLoop() {
        return loop;
    }

    private void publish(SyncStatus next) {
        if (next.state() == SyncStatus.State.SYNCED) {
            notice.received(received.take(), next.lastSynced() != null ? next.lastSynced() : clock.instant());
        }
        SyncStatus complete = withCounts(next);
        if (next.state() == SyncStatus.State.SYNCED && next.lastSynced() != null
                && !replica.lastSynced().equals(Optional.of(next.lastSynced()))) {
            replica.storeLastSynced(next.lastSynced());
        }
        status = complete;
        for (Consumer<SyncStatus> listener : listeners) {
            listener.accept(complete);
        }
    }

    private SyncStatus withCounts(SyncStatus next) {
        return new SyncStatus(next.state(), next.done(), next.total(),
                next.lastSynced() != null ? next.lastSynced() : replica.lastSynced().orElse(null),
                replica.openConflictCount(), replica.rejectedCount(), next.detailCode(), next.refusedRecords());
    }

    private SyncStatus idleStatus() {
        SyncStatus.State state = replica.serverUrl().isEmpty() ? SyncStatus.State.NOT_CONFIGURED
                : replica.refreshToken().isEmpty() ? SyncStatus.State.NEEDS_LOGIN : SyncStatus.State.SYNCED;
        return withCounts(new SyncStatus(state, 0, 0, null, 0, 0, ""));
    }

    private List<ConflictItem> items(List<StoredConflict> stored) {
        Optional<UUID> device = replica.deviceId();
        return stored.stream().flatMap(conflict -> conflicts.item(conflict, device).stream()).toList();
    }

    private static Optional<RejectedItem> rejectedItem(StoredRejection rejection) {
        try {
            RecordRef ref = new RecordRef(RecordKind.fromCode(rejection.kind()), rejection.recordId(), rejection.dossierId());
            return Optional.of(new RejectedItem(rejection.clientSeq(), ref, rejection.op(), rejection.reason(),
                    java.time.Instant.parse(rejection.rejectedAt())));
        } catch (IllegalArgumentException unknownKind) {
            return Optional.empty();
        }
    }

    private static String deviceName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "keukentafel";
        }
    }
}
