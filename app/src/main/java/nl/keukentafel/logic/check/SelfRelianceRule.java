package nl.keukentafel.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.plan.Goal;

/**
 * T4: self-reliance recorded in the intake (a domain scored, or what the family or its network can do written down),
 * and — once the werkplan is started — every life domain scored 1 or 2, or with concerns written down, has a goal
 * linked to that domain (for the household, or for the members of the entry). Where no goal is meant, the recorded
 * reason is an exception to the finding. Judged once the intake is started. Stateless.
 */
final class SelfRelianceRule implements Rule {
    static final int WORRYING_SCORE = 2;

    @Override
    public Criterion criterion() {
        return Criterion.T4;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return facts.intake().intake().isPresent();
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        Intake intake = facts.intake().intake().orElseThrow();
        UUID dossierId = Household.dossierId(facts);
        List<Finding> findings = new ArrayList<>();
        boolean scored = facts.intake().domains().stream().anyMatch(entry -> entry.score() != null);
        if (!scored && Text.isBlank(intake.familyCan()) && Text.isBlank(intake.networkCan())) {
            findings.add(Finding.of(Criterion.T4, "T4:self-reliance-missing", new RecordRef(RecordKind.INTAKE, intake.id(), dossierId),
                    Intake.Field.FAMILY_CAN, "check.t4.selfRelianceMissing"));
        }
        if (!facts.plan().started()) {
            return findings;
        }
        for (DomainEntry entry : facts.intake().domains()) {
            if (worrying(entry) && facts.plan().goals().stream().noneMatch(goal -> covers(goal, entry))) {
                findings.add(Finding.of(Criterion.T4, "T4:no-goal:" + entry.id(),
                        new RecordRef(RecordKind.DOMAIN_ENTRY, entry.id(), dossierId), "+goal", "check.t4.noGoal", label(intake, entry)));
            }
        }
        return findings;
    }

    static boolean worrying(DomainEntry entry) {
        if (entry.status() == DomainStatus.NOT_APPLICABLE) {
            return false;
        }
        boolean lowScore = entry.score() != null && entry.score() >= 1 && entry.score() <= WORRYING_SCORE;
        return lowScore || !Text.isBlank(entry.concerns());
    }

    /** A goal on the entry's domain, for the whole household or sharing a member with the entry. */
    static boolean covers(Goal goal, DomainEntry entry) {
        return goal.domainCodes().contains(entry.domainCode()) && (entry.memberIds().isEmpty() || goal.memberIds().isEmpty()
                || goal.memberIds().stream().anyMatch(entry.memberIds()::contains));
    }

    private static String label(Intake intake, DomainEntry entry) {
        if (intake.domainList() == null) {
            return entry.domainCode();
        }
        return intake.domainList().domains().stream().filter(domain -> domain.code().equals(entry.domainCode())).findFirst()
                .map(DomainList.DomainDefinition::label).orElse(entry.domainCode());
    }
}
