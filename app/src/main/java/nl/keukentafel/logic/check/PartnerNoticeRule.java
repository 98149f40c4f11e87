package nl.keukentafel.logic.check;

import java.util.List;
import nl.keukentafel.logic.plan.ClosureRules;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.PlanIds;

/**
 * T13, every partner informed of the closure: each professional contact and the referrer marked informed (a date) or
 * skipped with a reason ({@link ClosureRules#unmarked}). The inspectorates met schools surprised to hear the help had
 * ended. Judged once closing started; a partner added after the dossier closed shows here. Stateless and thread-safe.
 */
final class PartnerNoticeRule implements Rule {
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
        return ClosureRules.unmarked(state).stream()
                .map(contact -> Finding.of(Criterion.T13, "T13:partner:" + contact.id(), closure, Closure.Field.NOTICES,
                        "check.t13.partnerNotInformed", Household.contactName(contact)))
                .toList();
    }
}
