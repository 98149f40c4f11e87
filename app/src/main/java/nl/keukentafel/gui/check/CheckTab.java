package nl.keukentafel.gui.check;

import java.time.Instant;
import java.util.UUID;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.dossier.DossierView;
import nl.keukentafel.gui.sync.SyncStatusModel;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.check.DossierChecker;
import nl.keukentafel.logic.sync.SyncService;
import nl.keukentafel.sync.client.SyncStatus;

/**
 * Puts the Toets tab into a dossier (issue 12): the check's view and view model, its jump to the tab and field of a
 * finding, and its refresh after every finished sync round. Stateless.
 */
public final class CheckTab {
    private CheckTab() {
    }

    public static void addTo(DossierView dossier, DossierChecker checker, SyncService sync, UUID dossierId,
                             TaskExecutor tasks, Localization localization) {
        CheckViewModel model = new CheckViewModel(checker, dossierId, tasks, changed -> afterSyncRounds(sync, changed));
        CheckView view = new CheckView(model, localization, place -> dossier.jumpTo(place.tabId(), place.ref(), place.field()));
        dossier.addTab("checkTab", localization.get("checkscreen.tab"), view);
    }

    /** Runs {@code changed} after each finished round (a new "last synced" time), not for the status at subscribing. */
    static AutoCloseable afterSyncRounds(SyncService sync, Runnable changed) {
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
