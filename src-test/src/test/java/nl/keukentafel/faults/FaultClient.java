package nl.keukentafel.faults;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.store.sync.VaultReplica;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncEngine;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.client.SyncStatus;

/**
 * One consultant's laptop for the fault tests: a real encrypted vault, the app's {@link VaultReplica} and the real
 * {@link SyncEngine} talking to a given address (usually a {@link FaultProxy}), on a clock the test chooses. Edits go
 * through the vault's own record store, so they land in the outbox as the app's would. Not thread-safe.
 */
public final class FaultClient implements AutoCloseable {
    public static final char[] PASSPHRASE = "keukentafel fault test".toCharArray();

    private final Path directory;
    private final Clock clock;
    private URI server;
    private Vault vault;
    private VaultReplica replica;
    private SyncEngine engine;
    private volatile Consumer<SyncStatus> statusListener = status -> { };

    private FaultClient(Path directory, Clock clock, URI server, Vault vault) {
        this.directory = directory;
        this.clock = clock;
        this.server = server;
        open(vault);
    }

    public static FaultClient create(Path directory, String consultant, URI server, Clock clock) throws VaultException {
        return new FaultClient(directory, clock, server,
            Vault.create(new VaultLocation(directory), PASSPHRASE.clone(), consultant, KdfParams.FAST_FOR_TESTS, clock));
    }

    private void open(Vault opened) {
        this.vault = opened;
        this.replica = new VaultReplica(opened.database(), opened.audit(), opened.indexer(), clock);
        this.engine = new SyncEngine(new SyncApi(server), replica, clock, status -> statusListener.accept(status));
    }

    /** Locks and unlocks again (after a child process wrote to the same files). */
    public void reopen() throws VaultException {
        vault.close();
        open(Vault.unlock(new VaultLocation(directory), PASSPHRASE.clone(), clock));
    }

    /** Closes the vault so another process may open it; {@link #reopen()} opens it again. */
    public void lock() {
        vault.close();
    }

    public void unlock() throws VaultException {
        open(Vault.unlock(new VaultLocation(directory), PASSPHRASE.clone(), clock));
    }

    public void pointAt(URI moved) {
        this.server = moved;
        this.engine = new SyncEngine(new SyncApi(moved), replica, clock, status -> statusListener.accept(status));
    }

    /** Receives the engine's statuses (syncing, synced) from then on. */
    public void onStatus(Consumer<SyncStatus> listener) {
        this.statusListener = listener;
    }

    public void login(String username) throws SyncException {
        engine.login(username, ServerProcess.PASSWORD.toCharArray(), "laptop");
    }

    public SyncStatus round() throws SyncException {
        return engine.runRound();
    }

    /** What the app's sync service writes after a round: the time of the last sync (an ordinary write). */
    public void storeSyncTime() {
        replica.storeLastSynced(clock.instant());
    }

    /** Rounds until one succeeds, retrying transient failures at once (the faults decide how many fail). */
    public SyncStatus syncThrough(int attempts) throws SyncException {
        SyncException last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                return engine.runRound();
            } catch (SyncException failure) {
                if (!failure.transientFailure()) {
                    throw failure;
                }
                last = failure;
            }
        }
        throw last;
    }

    public RecordRef create(RecordKind kind, UUID dossierId, Map<String, ?> fields) {
        return vault.records().create(kind, dossierId, fields).join();
    }

    public void patch(RecordRef ref, Map<String, ?> fields) {
        vault.records().patch(ref, fields).join();
    }

    public void delete(RecordRef ref) {
        vault.records().delete(ref).join();
    }

    public java.util.Optional<StoredRecord> find(UUID recordId) {
        return vault.records().find(recordId);
    }

    public Path directory() {
        return directory;
    }

    public Vault vault() {
        return vault;
    }

    public VaultReplica replica() {
        return replica;
    }

    public SyncEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        vault.close();
    }
}
