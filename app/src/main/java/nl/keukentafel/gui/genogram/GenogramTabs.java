package nl.keukentafel.gui.genogram;

import java.time.Clock;
import java.util.UUID;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.dossier.DossierView;
import nl.keukentafel.gui.ecogram.StandardEcogramPictures;
import nl.keukentafel.gui.ecogram.EcogramView;
import nl.keukentafel.gui.ecogram.EcogramViewModel;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.export.DossierExports;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.logic.genogram.GenogramService;

/** Puts the genogram and ecogram tabs into a dossier (composition of their views; one undo history per dossier visit). */
public final class GenogramTabs {
    private GenogramTabs() {
    }

    public static void addTo(DossierView dossier, GenogramService genogram, DossierExports exports, UUID dossierId,
                             TaskExecutor tasks, Clock clock, Localization localization) {
        GenogramEdits edits = new GenogramEdits(genogram);
        GenogramViewModel model = new GenogramViewModel(edits, new StandardGenogramPictures(localization),
                new StandardGenogramExports(localization::get, localization.get("genogram.tab"), exports, dossierId),
                dossierId, tasks, clock);
        dossier.addTab("genogramTab", localization.get("genogram.tab"), new GenogramView(model, localization));
        EcogramViewModel ecogram = new EcogramViewModel(edits, new StandardEcogramPictures(localization::get), dossierId, tasks);
        dossier.addTab("ecogramTab", localization.get("ecogram.tab"), new EcogramView(ecogram, localization));
    }
}
