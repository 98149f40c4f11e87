package nl.keukentafel.logic.check;

import java.util.List;
import nl.keukentafel.logic.intake.IntakeCheck;

/**
 * T2: every life domain of the intake's list handled — discussed, or not applicable / not discussed with a reason —
 * for the household, and the entries for particular members (the child domains for each child). Judged once the
 * intake is started (before that, T1 asks for the start). Stateless.
 */
final class DomainsHandledRule implements Rule {
    @Override
    public Criterion criterion() {
        return Criterion.T2;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return facts.intake().intake().isPresent();
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        return IntakeItems.findings(Criterion.T2, IntakeCheck.domainsOpen(facts.intake()));
    }
}
