package nl.keukentafel.gui.sync;

import java.time.Instant;
import nl.keukentafel.logic.sync.SyncService;
import nl.keukentafel.sync.client.SyncStatus;

/**
 * "A sync round ended, the vault may hold news": for a screen that shows what another laptop may have changed (the
 * Toets tab, the genogram, the ecogram). A finished round is a status with a new "last synced" time; the status at
 * subscribing only sets the baseline. FX thread only (the callback runs there).
 */
public final class SyncRounds {
    private SyncRounds() {
    }

    /** Runs {@code changed} on the FX thread after each finished round until the returned handle is closed. */
    public static AutoCloseable after(SyncService sync, Runnable changed) {
        Instant[] lastRound = {null};
        boolean[] first = {true};
        return SyncStatusModel.follow(sync, status -> {
            if (first[0]) {
                first[0] = false;
                lastRound[0] = status.lastSynced();
                return;
            }
            if (status.state() == SyncStatus.State.SYNCED && status.lastSynced() != null
                    && !status.lastSynced().equals(lastRound[0])) {
                lastRound[0] = status.lastSynced();
                changed.run();
            }
        });
    }
}
