package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Vote;

/**
 * T6: a familiegroepsplan offered (the date it was offered, or its outcome), and the plan agreed (a version) with the
 * parents and the children who are 12 or older on the day it was agreed — each a party who agreed. Judged once the
 * werkplan is started. Stateless.
 */
final class FamilyPlanRule implements Rule {
    @Override
    public Criterion criterion() {
        return Criterion.T6;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return facts.plan().started();
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        Plan plan = facts.plan().plan().orElseThrow();
        RecordRef planRef = PlanIds.plan(Household.dossierId(facts));
        List<Finding> findings = new ArrayList<>();
        if (Text.isBlank(plan.fgpOfferedOn()) && plan.fgpOutcome() == null) {
            findings.add(Finding.of(Criterion.T6, "T6:fgp-not-offered", planRef, Plan.Field.FGP_OFFERED_ON, "check.t6.fgpNotOffered"));
        }
        if (facts.plan().latestVersion().isEmpty()) {
            findings.add(Finding.of(Criterion.T6, "T6:not-agreed", planRef, "+version", "check.t6.notAgreed"));
            return findings;
        }
        PlanVersion version = facts.plan().latestVersion().get();
        LocalDate agreedOn = FieldCheck.parseDate(version.agreedOn()).orElse(facts.today());
        RecordRef versionRef = new RecordRef(RecordKind.PLAN_VERSION, version.id(), version.dossierId());
        Stream.concat(Household.parents(facts).stream(), Household.childrenFrom(facts, Household.SAY_FROM_AGE, agreedOn).stream())
                .filter(member -> !agreed(version, member))
                .forEach(member -> findings.add(Finding.of(Criterion.T6, "T6:not-agreed-with:" + member.id(), versionRef,
                        PlanVersion.Field.PARTIES, "check.t6.notAgreedWith", Household.name(member), version.agreedOn())));
        return findings;
    }

    private static boolean agreed(PlanVersion version, Member member) {
        return version.parties().stream().anyMatch(party -> member.id().equals(party.personId()) && party.vote() == Vote.AGREED);
    }
}
