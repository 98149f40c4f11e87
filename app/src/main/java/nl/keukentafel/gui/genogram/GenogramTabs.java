package nl.keukentafel.gui.genogram;

import java.time.Clock;
import java.util.UUID;
import nl.keukentafel.gui.common.DossierChanges;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.dossier.DossierView;
import nl.keukentafel.gui.drawing.SaveTarget;
import nl.keukentafel.gui.drawing.StandardDrawingExports;
import nl.keukentafel.gui.ecogram.StandardEcogramPictures;
import nl.keukentafel.gui.ecogram.EcogramView;
import nl.keukentafel.gui.ecogram.EcogramViewModel;
import nl.keukentafel.gui.sync.SyncRounds;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.export.DossierExports;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.logic.genogram.GenogramService;
import nl.keukentafel.logic.sync.SyncService;

/** Puts the genogram and ecogram tabs into a dossier (composition of their views; one undo history per dossier visit). */
public final class GenogramTabs {
    private GenogramTabs() {
    }

    /** {@code sync}: both screens draw again after a sync round brings another laptop's changes. */
    public static void addTo(DossierView dossier, GenogramService genogram, DossierExports exports, SyncService sync,
                             UUID dossierId, TaskExecutor tasks, Clock clock, Localization localization) {
        GenogramEdits edits = new GenogramEdits(genogram);
        DossierChanges afterSync = changed -> SyncRounds.after(sync, changed);
        GenogramViewModel model = new GenogramViewModel(edits, new StandardGenogramPictures(localization),
                new StandardDrawingExports(localization::get, localization.get("genogram.tab"), exports, dossierId),
                afterSync, dossierId, tasks, clock);
        dossier.addTab("genogramTab", localization.get("genogram.tab"),
                new GenogramView(model, localization, SaveTarget.saveDialog(localization, "genogram")));
        EcogramViewModel ecogram = new EcogramViewModel(edits, new StandardEcogramPictures(localization::get),
                new StandardDrawingExports(localization::get, localization.get("ecogram.tab"), exports, dossierId),
                afterSync, dossierId, tasks);
        dossier.addTab("ecogramTab", localization.get("ecogram.tab"),
                new EcogramView(ecogram, localization, SaveTarget.saveDialog(localization, "ecogram")));
    }
}
