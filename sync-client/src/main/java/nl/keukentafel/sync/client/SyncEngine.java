package nl.keukentafel.sync.client;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One sync round: push every pending outbox entry in bounded batches, then pull every page. An expired
 * access token is refreshed once per round; the refresh token never leaves the vault except to the server.
 * Not thread-safe: {@link SyncLoop} runs rounds one at a time.
 */
public final class SyncEngine {
    static final int MAX_BATCH_ENTRIES = 200;
    static final int MAX_BATCH_BYTES = 1024 * 1024;
    static final int PULL_LIMIT = 500;

    private final SyncApi api;
    private final LocalReplica replica;
    private final Clock clock;
    private final Consumer<SyncStatus> listener;
    private final Runnable beforeRound;
    private String accessToken;

    public SyncEngine(SyncApi api, LocalReplica replica, Clock clock, Consumer<SyncStatus> listener) {
        this(api, replica, clock, listener, () -> { });
    }

    /** {@code beforeRound} runs first in every round, e.g. to commit edits still being typed so this round pushes them. */
    public SyncEngine(SyncApi api, LocalReplica replica, Clock clock, Consumer<SyncStatus> listener, Runnable beforeRound) {
        this.api = api;
        this.replica = replica;
        this.clock = clock;
        this.listener = listener;
        this.beforeRound = beforeRound;
    }

    /** Logs in and keeps the tokens in the vault. The password array is the caller's to wipe. */
    public void login(String username, char[] password, String deviceName) throws SyncException {
        Wire.TokenGrant grant = api.login(username, password, deviceName);
        replica.storeTokens(grant);
        accessToken = grant.accessToken();
    }

    /** Pushes then pulls until both are done. Returns the status it ended with. */
    public SyncStatus runRound() throws SyncException {
        int pushed = 0;
        int pulled = 0;
        report(SyncStatus.State.SYNCING, 0, 0, null);
        beforeRound.run();
        while (true) {
            List<Wire.PushEntry> batch = boundedBatch(replica.pendingEntries(MAX_BATCH_ENTRIES));
            if (batch.isEmpty()) {
                break;
            }
            Wire.PushResponse response = authorized(token -> api.push(token, new Wire.PushRequest(Wire.SCHEMA, batch)));
            if (response.results() == null || response.results().size() != batch.size()) {
                throw new SyncException(SyncException.Kind.SERVER_TROUBLE, 200, "malformed-reply", null, null);
            }
            replica.acceptPushResults(batch, response.results());
            pushed += batch.size();
            report(SyncStatus.State.SYNCING, pushed, 0, null);
        }
        boolean more = true;
        while (more) {
            String cursor = replica.pullCursor().orElse(null);
            Wire.PullPage page = authorized(token -> api.pull(token, cursor, PULL_LIMIT));
            if (page.cursor() == null) {
                throw new SyncException(SyncException.Kind.SERVER_TROUBLE, 200, "malformed-reply", null, null);
            }
            replica.applyPullPage(page);
            pulled += page.records().size();
            more = page.hasMore();
            report(SyncStatus.State.SYNCING, pushed, pulled, null);
        }
        SyncStatus done = report(SyncStatus.State.SYNCED, pushed, pulled, clock.instant());
        return done;
    }

    /** Entries in order up to the count bound, and up to the byte bound (at least one entry per batch). */
    static List<Wire.PushEntry> boundedBatch(List<Wire.PushEntry> pending) {
        List<Wire.PushEntry> batch = new ArrayList<>();
        int bytes = 0;
        for (Wire.PushEntry entry : pending) {
            int size = SyncApi.jsonSize(entry);
            if (!batch.isEmpty() && bytes + size > MAX_BATCH_BYTES) {
                break;
            }
            batch.add(entry);
            bytes += size;
        }
        return batch;
    }

    @FunctionalInterface
    private interface Call<T> {
        T with(String token) throws SyncException;
    }

    private <T> T authorized(Call<T> call) throws SyncException {
        if (accessToken == null) {
            refreshAccess();
        }
        try {
            return call.with(accessToken);
        } catch (SyncException failure) {
            if (failure.kind() != SyncException.Kind.UNAUTHORIZED) {
                throw failure;
            }
            refreshAccess();
            return call.with(accessToken);
        }
    }

    private void refreshAccess() throws SyncException {
        String refresh = replica.refreshToken()
                .orElseThrow(() -> new SyncException(SyncException.Kind.UNAUTHORIZED, 401, "not-logged-in", null, null));
        try {
            Wire.TokenGrant grant = api.refresh(refresh);
            replica.storeTokens(grant);
            accessToken = grant.accessToken();
        } catch (SyncException refused) {
            if (refused.kind() == SyncException.Kind.UNAUTHORIZED) {
                replica.clearTokens();
                accessToken = null;
            }
            throw refused;
        }
    }

    private SyncStatus report(SyncStatus.State state, int done, int total, Instant synced) {
        SyncStatus status = new SyncStatus(state, done, total, synced, replica.openConflictCount(), replica.rejectedCount(), "");
        listener.accept(status);
        return status;
    }
}
