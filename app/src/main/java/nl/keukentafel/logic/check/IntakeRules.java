package nl.keukentafel.logic.check;

import java.util.List;

/** The rules of the criteria judged from the intake and the dossier (T1–T7, INPUT), in report order. */
final class IntakeRules {
    private IntakeRules() {
    }

    static List<Rule> all() {
        return List.of(new RequestForHelpRule(), new DomainsHandledRule(), new SafetyAssessedRule(), new SelfRelianceRule(),
                new NetworkRule(), new FamilyPlanRule(), new RegisseurRule(), new InputRule());
    }
}
