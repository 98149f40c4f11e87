package nl.keukentafel.gui.evaluation;

import java.util.UUID;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.dossier.DossierView;
import nl.keukentafel.gui.print.PrintWindow;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.print.PrintDocument;
import nl.keukentafel.logic.session.Session;

/** Puts the Evaluatie tab into a dossier (evaluations, escalation, closure: issue 11, phases 3 and 4). */
public final class EvaluationTab {
    private EvaluationTab() {
    }

    public static void addTo(DossierView dossier, Session session, AppContext context, UUID dossierId, Localization localization) {
        EvaluationViewModel model = new EvaluationViewModel(session.plan(), session.intake(), dossierId, context.tasks(),
                context.clock(), context::evaluationWeeks, localization);
        dossier.addTab("evaluationTab", localization.get("evalscreen.tab"), new EvaluationView(model, localization,
                window -> PrintWindow.open(window, session, dossierId, PrintDocument.EVALUATIE, context.tasks(), context.clock(),
                        localization)));
    }
}
