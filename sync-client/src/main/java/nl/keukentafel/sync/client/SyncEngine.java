package nl.keukentafel.sync.client;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import nl.keukentafel.sync.protocol.Wire;

/**
 * One sync round: push every pending outbox entry in bounded batches, then pull every page. An expired
 * access token is refreshed once per round; the refresh token never leaves the vault except to the server.
 * Not thread-safe: {@link SyncLoop} runs rounds one at a time.
 */
public final class SyncEngine {
    static final int MAX_BATCH_ENTRIES = 200;
    static final int MAX_BATCH_BYTES = 1024 * 1024;
    /**
     * The server's largest page: each page is one HTTP exchange and one vault transaction (fsync'ed), so an initial pull
     * of a big caseload pays that fixed cost half as often as with the server's default of 500 (issue 16).
     */
    static final int PULL_LIMIT = 1000;
    private static final String CURSOR_AHEAD = nl.keukentafel.sync.protocol.ErrorCode.CURSOR_AHEAD.code();
    /** Far beyond any real caseload (10 million changes); a bound so no answer can make a round endless. */
    static final int MAX_PAGES_PER_ROUND = 10_000;
    /** The error code of a round ended because the server's cursor did not move on. */
    public static final String CURSOR_STUCK = "cursor-stuck";

    private final SyncApi api;
    private final LocalReplica replica;
    private final Clock clock;
    private final Consumer<SyncStatus> listener;
    private final Runnable beforeRound;
    private String accessToken;
    /** Only a round touches it, and rounds do not overlap. */
    private final Caseload caseload = new Caseload();

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
        int refused = 0;
        report(SyncStatus.State.SYNCING, 0, 0, null, 0);
        beforeRound.run();
        while (true) {
            List<Wire.PushEntry> batch = boundedBatch(replica.pendingEntries(MAX_BATCH_ENTRIES));
            if (batch.isEmpty()) {
                break;
            }
            Wire.PushResponse response = authorized(token -> api.push(token, new Wire.PushRequest(Wire.SCHEMA, batch)));
            replica.acceptPushResults(batch, response.results());
            pushed += batch.size();
            report(SyncStatus.State.SYNCING, pushed, 0, null, 0);
        }
        boolean more = true;
        boolean fromTheStart = false;
        ReadAhead ahead = null;
        if (replica.pullCursor().isEmpty()) {
            caseload.askEarly(accessToken);
        }
        try {
            for (int pages = 0; more; pages++) {
                String cursor = fromTheStart && pages == 0 ? null : replica.pullCursor().orElse(null);
                Wire.PullPage page = null;
                try {
                    if (ahead != null && ahead.isFor(cursor)) {
                        // null: refused as unauthorized; asked again below, which refreshes the token
                        page = ahead.next();
                    }
                    if (page == null) {
                        if (ahead != null) {
                            ahead.cancel();
                            ahead = null;
                        }
                        page = authorized(token -> api.pull(token, cursor, PULL_LIMIT));
                    }
                } catch (SyncException failure) {
                    if (ahead != null) {
                        ahead.cancel();
                        ahead = null;
                    }
                    if (!CURSOR_AHEAD.equals(failure.code()) || fromTheStart) {
                        throw failure;
                    }
                    // The server was restored from a backup and its change sequence went back: pull everything it has
                    // again, from the start, instead of skipping the changes numbered below this cursor.
                    fromTheStart = true;
                    pages = -1;
                    continue;
                }
                // A server that keeps answering "more" without moving on would keep this client pulling for ever.
                if (page.hasMore() && (page.cursor().equals(cursor) || pages >= MAX_PAGES_PER_ROUND)) {
                    throw new SyncException(SyncException.Kind.SERVER_TROUBLE, 200, CURSOR_STUCK, null, null);
                }
                if (page.hasMore() && ahead == null) {
                    // The next pages travel while this one is stored. Only a read; the vault's cursor moves only when a
                    // page is applied, so a round cut here asks for the pages read ahead again.
                    ahead = new ReadAhead(api, page.cursor(), accessToken, PULL_LIMIT);
                }
                refused += replica.applyPullPage(page, caseload.covering(page));
                caseload.forget(page.removed());
                pulled += page.records().size();
                more = page.hasMore();
                report(SyncStatus.State.SYNCING, pushed, pulled, null, refused);
            }
        } finally {
            if (ahead != null) {
                ahead.cancel();
            }
            caseload.dropEarly();
        }
        return report(SyncStatus.State.SYNCED, pushed, pulled, clock.instant(), refused);
    }

    /**
     * The caseload as the server announces it ({@code GET /me/caseload}), asked for only when a page names a dossier
     * not in the last answer, so a dossier that joins during the round is not taken for a foreign one. The last answer
     * is kept across rounds (less the dossiers pulls report removed): one changed field costs no caseload download,
     * which for a big caseload was most of the bytes of a round (issue 16).
     */
    private final class Caseload {
        private Set<UUID> dossiers;
        /** The caseload asked for beside the first page of a first pull, whose pages all name dossiers new here. */
        private CompletableFuture<Wire.CaseloadAnswer> early;
        private Thread earlyWorker;

        Set<UUID> covering(Wire.PullPage page) throws SyncException {
            Set<UUID> named = new HashSet<>();
            page.records().forEach(record -> named.add(record.dossierId()));
            if (named.isEmpty()) {
                return dossiers == null ? Set.of() : dossiers;
            }
            if (dossiers == null || !dossiers.containsAll(named)) {
                Set<UUID> asked = takeEarly();
                // Asked before the page was read, it may miss a dossier assigned in between: then it is asked again.
                dossiers = asked != null && asked.containsAll(named) ? asked : new HashSet<>(authorized(api::caseload).dossierIds());
            }
            return dossiers;
        }

        /**
         * A first pull (no cursor) of a big caseload spent one server exchange waiting for the caseload after the first
         * page (issue 16): it is asked for beside that page instead. Only with a token in hand; never refreshes one.
         */
        void askEarly(String token) {
            if (dossiers != null || early != null || token == null) {
                return;
            }
            early = new CompletableFuture<>();
            earlyWorker = inBackground("sync-caseload", early, () -> api.caseload(token));
        }

        /** The early answer, or null when there is none or it failed (then the caseload is asked for the ordinary way). */
        private Set<UUID> takeEarly() {
            CompletableFuture<Wire.CaseloadAnswer> taken = early;
            early = null;
            earlyWorker = null;
            if (taken == null) {
                return null;
            }
            try {
                return new HashSet<>(taken.get().dossierIds());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException failed) {
                return null;
            }
        }

        void dropEarly() {
            if (earlyWorker != null) {
                earlyWorker.interrupt();
            }
            early = null;
            earlyWorker = null;
        }

        void forget(java.util.Collection<UUID> removed) {
            if (dossiers != null) {
                dossiers.removeAll(removed);
            }
        }
    }

    /**
     * Completes {@code answer} with {@code call} on a thread of its own, which the caller may interrupt to cancel. A
     * platform (daemon) thread: a virtual one waits for a free carrier, and in a JVM whose carriers were held by virtual
     * threads blocked in native reads (seen in the load test) it never ran and the round waited for ever.
     */
    private static <T> Thread inBackground(String name, CompletableFuture<T> answer, Ask<T> ask) {
        return Thread.ofPlatform().daemon().name(name).start(() -> {
            try {
                answer.complete(ask.get());
            } catch (Throwable failure) {
                answer.completeExceptionally(failure);
            }
        });
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

    /** One exchange with the server, its token already chosen. */
    @FunctionalInterface
    private interface Ask<T> {
        T get() throws SyncException;
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

    private SyncStatus report(SyncStatus.State state, int done, int total, Instant synced, int refused) {
        SyncStatus status = new SyncStatus(state, done, total, synced, replica.openConflictCount(), replica.rejectedCount(), "",
                refused);
        listener.accept(status);
        return status;
    }
}
