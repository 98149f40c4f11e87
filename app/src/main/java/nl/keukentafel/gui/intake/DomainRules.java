package nl.keukentafel.gui.intake;

import java.util.List;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainScope;
import nl.keukentafel.model.intake.Intake;

/**
 * Which domains of the intake's own list the screen shows: the household-with-children supplement only when the family
 * has children. The list is the copy stored in the intake, so a replaced municipality list never changes it. Stateless.
 */
final class DomainRules {
    private DomainRules() {
    }

    static List<DomainList.DomainDefinition> applicableDomains(IntakeState state) {
        boolean children = state.dossier().members().stream().anyMatch(member -> member.role() == HouseholdRole.CHILD);
        return state.intake().map(Intake::domainList).map(DomainList::domains).orElse(List.of()).stream()
                .filter(domain -> children || domain.scope() != DomainScope.HOUSEHOLD_WITH_CHILDREN).toList();
    }

    static List<DomainList.ScoreLevel> levels(IntakeState state) {
        return state.intake().map(Intake::domainList).map(DomainList::levels).orElse(List.of());
    }
}
