package nl.keukentafel.sync.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.sync.protocol.Wire;

/** A replica in memory for the engine and loop tests: nothing pending, a cursor, a refresh token. Not thread-safe. */
class MemoryReplica implements LocalReplica {
    final List<Wire.PullPage> applied = new ArrayList<>();
    /** The caseload the engine vouched for with each applied page. */
    final List<Set<UUID>> caseloads = new ArrayList<>();
    String cursor;
    String refreshToken = "refresh-1";
    /** Thrown by the next {@link #applyPullPage} (then cleared), to play a failure in the middle of a round. */
    Throwable failNextApply;

    @Override
    public UUID clientId() {
        return UUID.fromString("00000000-0000-7000-8000-000000000001");
    }

    @Override
    public List<Wire.PushEntry> pendingEntries(int maxEntries) {
        return List.of();
    }

    @Override
    public void acceptPushResults(List<Wire.PushEntry> sent, List<Wire.PushResult> results) {
    }

    @Override
    public Optional<String> pullCursor() {
        return Optional.ofNullable(cursor);
    }

    @Override
    public int applyPullPage(Wire.PullPage page, Set<UUID> caseload) {
        Throwable failure = failNextApply;
        failNextApply = null;
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        applied.add(page);
        caseloads.add(Set.copyOf(caseload));
        cursor = page.cursor();
        return 0;
    }

    @Override
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    @Override
    public void storeTokens(Wire.TokenGrant grant) {
        refreshToken = grant.refreshToken();
    }

    @Override
    public void clearTokens() {
        refreshToken = null;
    }

    @Override
    public int openConflictCount() {
        return 0;
    }

    @Override
    public int rejectedCount() {
        return 0;
    }
}
