package nl.keukentafel.logic.check;

import java.util.List;

/**
 * One rule of one criterion: a small, stateless class with its own unit tests. A criterion may have several rules.
 */
public interface Rule {
    Criterion criterion();

    /**
     * Whether the dossier has reached the phase this rule judges (e.g. no evaluations are judged before the plan is
     * agreed). When no rule of a criterion applies, the criterion is "not yet applicable".
     */
    boolean applies(DossierFacts facts);

    /** What is missing, for whom and where to fix it; empty when the rule is met. Never throws on odd dossiers. */
    List<Finding> findings(DossierFacts facts);
}
