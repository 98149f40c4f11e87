package nl.keukentafel.gui.intake;

import java.util.List;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.Intake;

/**
 * Which domains of the intake's own list the screen shows: the household-with-children supplement only when the family
 * has children. The list is the copy stored in the intake, so a replaced municipality list never changes it. Stateless.
 */
final class DomainRules {
    private DomainRules() {
    }

    static List<DomainList.DomainDefinition> applicableDomains(IntakeState state) {
        return state.intake().map(Intake::domainList).map(list -> DomainLists.applicable(list, state.dossier().members()))
                .orElse(List.of());
    }

    static List<DomainList.ScoreLevel> levels(IntakeState state) {
        return state.intake().map(Intake::domainList).map(DomainList::levels).orElse(List.of());
    }
}
