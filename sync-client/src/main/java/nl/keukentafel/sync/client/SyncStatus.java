package nl.keukentafel.sync.client;

import java.time.Instant;

/**
 * What the always-visible sync indicator shows. {@code refusedRecords}: records of this round's pull that were not
 * taken over (a dossier outside the caseload, or a record that would change its dossier or kind). Immutable.
 */
public record SyncStatus(State state, int done, int total, Instant lastSynced, int conflicts, int rejected, String detailCode,
                         int refusedRecords) {
    /** OFFLINE: server unreachable, retrying by itself. NEEDS_LOGIN and UPDATE_APP wait for the user. */
    public enum State { NOT_CONFIGURED, OFFLINE, SYNCING, SYNCED, NEEDS_LOGIN, UPDATE_APP, SERVER_TROUBLE }

    public SyncStatus(State state, int done, int total, Instant lastSynced, int conflicts, int rejected, String detailCode) {
        this(state, done, total, lastSynced, conflicts, rejected, detailCode, 0);
    }

    public static SyncStatus notConfigured() {
        return new SyncStatus(State.NOT_CONFIGURED, 0, 0, null, 0, 0, "");
    }
}
