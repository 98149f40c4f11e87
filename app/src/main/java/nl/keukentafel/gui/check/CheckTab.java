package nl.keukentafel.gui.check;

import java.util.UUID;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.dossier.DossierView;
import nl.keukentafel.gui.sync.SyncRounds;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.check.DossierChecker;
import nl.keukentafel.logic.sync.SyncService;

/**
 * Puts the Toets tab into a dossier (issue 12): the check's view and view model, its jump to the tab and field of a
 * finding, and its refresh after every finished sync round. Stateless.
 */
public final class CheckTab {
    private CheckTab() {
    }

    public static void addTo(DossierView dossier, DossierChecker checker, SyncService sync, UUID dossierId,
                             TaskExecutor tasks, Localization localization) {
        CheckViewModel model = new CheckViewModel(checker, dossierId, tasks, changed -> SyncRounds.after(sync, changed));
        CheckView view = new CheckView(model, localization, place -> dossier.jumpTo(place.tabId(), place.ref(), place.field()));
        dossier.addTab("checkTab", localization.get("checkscreen.tab"), view);
    }
}
