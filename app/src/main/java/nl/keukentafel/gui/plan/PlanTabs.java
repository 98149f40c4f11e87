package nl.keukentafel.gui.plan;

import java.util.UUID;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.dossier.DossierView;
import nl.keukentafel.gui.print.PrintWindow;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.print.PrintDocument;
import nl.keukentafel.logic.session.Session;

/** Puts the Werkplan tab into a dossier (composition of its view and view model). Stateless. */
public final class PlanTabs {
    private PlanTabs() {
    }

    /** {@code evaluationWeeks}: the Settings interval, used when agreeing plans the next evaluation. */
    public static void addTo(DossierView dossier, Session session, UUID dossierId, TaskExecutor tasks, java.time.Clock clock,
                             int evaluationWeeks, Localization localization) {
        PlanViewModel model = new PlanViewModel(session.plan(), session.intake(), dossierId, tasks, clock, evaluationWeeks);
        dossier.addTab("planTab", localization.get("planscreen.tab"), new PlanView(model, localization,
                window -> PrintWindow.open(window, session, dossierId, PrintDocument.OUDERS, tasks, clock, localization)));
    }
}
