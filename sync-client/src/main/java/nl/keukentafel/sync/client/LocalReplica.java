package nl.keukentafel.sync.client;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.sync.protocol.Wire;

/**
 * The client's side of sync, implemented by the app's vault. Each method that changes state does so in one
 * local transaction, so a client killed at any point resumes without losing or duplicating anything.
 * Implementations must be thread-safe.
 */
public interface LocalReplica {
    /** This vault's sync client id (made once, kept in the vault). */
    UUID clientId();

    /** The oldest pending outbox entries, in order, at most {@code maxEntries}. */
    List<Wire.PushEntry> pendingEntries(int maxEntries);

    /**
     * Stores the server's answers for {@code sent} (same order): answered rows leave the outbox; the record's
     * version and base copy move on; rejected ones are kept locally and flagged, never dropped.
     */
    void acceptPushResults(List<Wire.PushEntry> sent, List<Wire.PushResult> results);

    /** Where the last applied pull page ended; empty for a first pull. */
    Optional<String> pullCursor();

    /**
     * Applies a page — records (rebasing any with pending local edits), conflicts, dossiers that left the
     * caseload — and stores its cursor, all in one transaction. A record is taken over only when its dossier is in
     * {@code caseload} (as the server announced it) or already here, and an existing record keeps its dossier and
     * kind; any other is refused (kept out, recorded) and counted. Returns how many were refused.
     */
    int applyPullPage(Wire.PullPage page, Set<UUID> caseload);

    Optional<String> refreshToken();

    /** Keeps the device-bound refresh token inside the vault. */
    void storeTokens(Wire.TokenGrant grant);

    /** Forgets the tokens (after a refused refresh): the user has to log in again. */
    void clearTokens();

    int openConflictCount();

    int rejectedCount();
}
