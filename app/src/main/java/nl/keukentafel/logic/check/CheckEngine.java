package nl.keukentafel.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the rules over one dossier's facts and applies the recorded exceptions. Pure and stateless, so the caseload
 * can run it for every dossier and tests can run it without a vault.
 */
public final class CheckEngine {
    private final List<Rule> rules;

    public CheckEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule of T1–T13 and INPUT. */
    public static CheckEngine standard() {
        List<Rule> all = new ArrayList<>(IntakeRules.all());
        all.addAll(PlanRules.all());
        return new CheckEngine(all);
    }

    public CheckReport run(DossierFacts facts, List<Waiver> waivers) {
        Map<String, Waiver> byKey = waivers.stream()
                .collect(Collectors.toMap(Waiver::findingKey, Function.identity(), (first, later) -> later));
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            List<Rule> ofCriterion = rules.stream().filter(rule -> rule.criterion() == criterion)
                    .filter(rule -> rule.applies(facts)).toList();
            if (ofCriterion.isEmpty()) {
                results.add(new CriterionResult(criterion, Verdict.NOT_YET_APPLICABLE, List.of(), List.of()));
                continue;
            }
            List<Finding> open = new ArrayList<>();
            List<WaivedFinding> waived = new ArrayList<>();
            for (Rule rule : ofCriterion) {
                for (Finding finding : rule.findings(facts)) {
                    Waiver waiver = byKey.get(finding.key());
                    if (waiver == null) {
                        open.add(finding);
                    } else {
                        waived.add(new WaivedFinding(finding, waiver));
                    }
                }
            }
            results.add(new CriterionResult(criterion, open.isEmpty() ? Verdict.MET : Verdict.NOT_MET, open, waived));
        }
        return new CheckReport(facts.dossier().family().id(), facts.today(), results);
    }
}
