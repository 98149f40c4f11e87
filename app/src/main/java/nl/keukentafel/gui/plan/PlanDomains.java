package nl.keukentafel.gui.plan;

import java.util.List;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.DomainList;

/** The life domains a goal can be linked to: the intake's own list (an intake keeps the list it started with). Stateless. */
final class PlanDomains {
    private PlanDomains() {
    }

    static List<DomainList.DomainDefinition> of(IntakeState intake) {
        return intake == null ? List.of() : intake.intake().map(read -> read.domainList().domains()).orElse(List.of());
    }

    static String label(DomainList list, String code) {
        return list.domains().stream().filter(domain -> domain.code().equals(code)).findFirst()
                .map(DomainList.DomainDefinition::label).orElse(code);
    }
}
