package nl.keukentafel.gui.plan;

import java.util.UUID;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.dossier.DossierView;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.Session;

/** Puts the Werkplan tab into a dossier (composition of its view and view model). Stateless. */
public final class PlanTabs {
    /** Weeks from agreeing to the next evaluation when the plan has none planned (ADR 0005). */
    static final int EVALUATION_WEEKS = 6;

    private PlanTabs() {
    }

    public static void addTo(DossierView dossier, Session session, UUID dossierId, TaskExecutor tasks, java.time.Clock clock,
                             Localization localization) {
        PlanViewModel model = new PlanViewModel(session.plan(), session.intake(), dossierId, tasks, clock, EVALUATION_WEEKS);
        dossier.addTab("planTab", localization.get("planscreen.tab"), new PlanView(model, localization));
    }
}
