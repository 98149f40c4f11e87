package nl.keukentafel.sync;

import nl.keukentafel.sync.server.SyncServerFixture;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.sync.SyncOptions;
import nl.keukentafel.logic.sync.SyncService;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.client.SyncStatus;

/**
 * One consultant's laptop for sync tests: a real encrypted vault with its own {@link SessionManager} and session,
 * logged in to a server. The background loop's interval is long so rounds happen when a test asks
 * ({@link #sync()}); the HTTP client can be swapped (a proxy for fault tests). Not thread-safe (test code).
 */
public final class SyncClientFixture implements AutoCloseable {
    public static final String PASSPHRASE = "appel peer banaan kiwi mango";
    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(60);

    private final SessionManager manager;
    private final String username;
    private Session session;

    private SyncClientFixture(SessionManager manager, String username, Session session) {
        this.manager = manager;
        this.username = username;
        this.session = session;
    }

    /** A new vault in {@code directory}, logged in as {@code username}; no round has run yet when this returns. */
    public static SyncClientFixture create(Path directory, String consultant, URI server, String username, Clock clock,
                                           Function<URI, SyncApi> apiFactory) throws Exception {
        SessionManager manager = new SessionManager(new VaultLocation(directory), clock, KdfParams.FAST_FOR_TESTS);
        manager.syncOptions(new SyncOptions(Duration.ofHours(1), apiFactory));
        Session session = manager.create(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), consultant);
        session.sync().login(server, username, SyncServerFixture.PASSWORD.toCharArray());
        SyncClientFixture client = new SyncClientFixture(manager, username, session);
        client.sync();
        return client;
    }

    public static SyncClientFixture create(Path directory, String consultant, URI server, String username) throws Exception {
        return create(directory, consultant, server, username, Clock.systemUTC(), SyncApi::new);
    }

    public Session session() {
        return session;
    }

    public SyncService syncService() {
        return session.sync();
    }

    public String username() {
        return username;
    }

    /** Runs one full round (push, then pull) and waits for it; a failed round throws its {@link SyncException}. */
    public SyncStatus sync() throws SyncException, InterruptedException, TimeoutException {
        try {
            return session.sync().syncRound().get(ROUND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof SyncException syncFailure) {
                throw syncFailure;
            }
            throw new IllegalStateException("sync round failed", failed.getCause());
        }
    }

    /** Locks and unlocks the vault again (background sync resumes on unlock because the vault is logged in). */
    public void relock() throws Exception {
        manager.lock();
        session = manager.unlock(PASSPHRASE.toCharArray());
    }

    public Dossier dossier(UUID dossierId) {
        return session.dossiers().read(dossierId);
    }

    public StoredRecord record(RecordRef ref) {
        return session.vault().records().find(ref.id()).orElseThrow();
    }

    public Object field(RecordRef ref, String field) {
        var value = record(ref).body().get(field);
        return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
    }

    /** Sets fields now (committed, in the outbox), as typing and the autosave would. */
    public void edit(RecordRef ref, Map<String, ?> fields) {
        fields.forEach((name, value) -> session.dossiers().edit(ref, name, value));
        session.dossiers().flush();
    }

    public List<UUID> caseload() {
        return session.caseload().search("", true).stream().map(row -> row.dossierId()).toList();
    }

    public int pending() {
        return session.sync().replica().pendingCount();
    }

    @Override
    public void close() {
        manager.lock();
    }
}
