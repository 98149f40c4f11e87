package nl.keukentafel.logic.check;

import java.util.List;
import nl.keukentafel.logic.plan.ClosureRules;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.PlanIds;

/**
 * T13, closing for an allowed reason: a reason chosen, with whom when follow-up was arranged, and when the
 * consequences were explained when the family ended the help — the same rule closing itself obeys
 * ({@link ClosureRules#reasonGap}), so a dossier closed through the app meets it unless a colleague's edit arrived
 * later. Judged once closing started. Stateless and thread-safe.
 */
final class ClosureReasonRule implements Rule {
    @Override
    public Criterion criterion() {
        return Criterion.T13;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return PlanPhase.closing(facts.plan());
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        PlanState state = facts.plan();
        RecordRef closure = PlanIds.closure(state.dossier().family().id());
        return ClosureRules.reasonGap(state.closure().orElse(null)).map(field -> switch (field) {
            case Closure.Field.FOLLOW_UP_WITH -> Finding.of(Criterion.T13, "T13:follow-up", closure, field,
                    "check.t13.followUpWithWhom");
            case Closure.Field.CONSEQUENCES_EXPLAINED_ON -> Finding.of(Criterion.T13, "T13:consequences", closure, field,
                    "check.t13.consequencesNotExplained");
            default -> Finding.of(Criterion.T13, "T13:reason", closure, field, "check.t13.noReason");
        }).stream().toList();
    }
}
