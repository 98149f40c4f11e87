package nl.keukentafel.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.logic.intake.IntakeCheck;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.SpokenStatus;

/**
 * T1: the request for help in the words of the parents and of each child old enough to be heard, or a recorded reason
 * why not. Every member has a spoken status, and one not spoken with a reason (IntakeCheck, "too young" is that
 * reason for small children); a parent or child spoken with has their request for help written down. A household
 * without members, or an intake not started, is one finding. Stateless.
 */
final class RequestForHelpRule implements Rule {
    static final String NO_MEMBERS = "T1:no-members";
    static final String NOT_STARTED = "T1:intake-not-started";

    @Override
    public Criterion criterion() {
        return Criterion.T1;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return true;
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        RecordRef family = Household.familyRef(facts);
        if (facts.dossier().members().isEmpty()) {
            return List.of(Finding.of(Criterion.T1, NO_MEMBERS, family, "+member", "check.t1.noMembers"));
        }
        if (facts.intake().intake().isEmpty()) {
            return List.of(Finding.of(Criterion.T1, NOT_STARTED, family, OpenItem.START_INTAKE, "intake.open.notStarted"));
        }
        List<Finding> findings = new ArrayList<>(IntakeItems.findings(Criterion.T1, IntakeCheck.membersNotHeard(facts.intake())));
        for (Member member : facts.dossier().members()) {
            if (member.role() != HouseholdRole.PARENT && member.role() != HouseholdRole.CHILD) {
                continue;
            }
            Optional<IntakeMember> line = facts.intake().memberLine(member.id());
            if (line.isPresent() && line.get().spoken() == SpokenStatus.SPOKEN && Text.isBlank(line.get().requestForHelp())) {
                findings.add(Finding.of(Criterion.T1, "T1:request-missing:" + member.id(),
                        IntakeService.memberLineRef(Household.dossierId(facts), member.id()), IntakeMember.Field.REQUEST_FOR_HELP,
                        "check.t1.requestMissing", Household.name(member)));
            }
        }
        return findings;
    }
}
