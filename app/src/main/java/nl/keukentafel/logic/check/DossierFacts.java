package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.Objects;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.PlanState;

/**
 * Everything the rules read of one dossier, as read at one moment: the dossier (family, members, contacts), its
 * intake and its werkplan, the day the check runs and its terms. Rules are pure functions of this. Immutable.
 */
public record DossierFacts(IntakeState intake, PlanState plan, LocalDate today, CheckSettings settings) {
    public DossierFacts {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(settings, "settings");
    }

    public Dossier dossier() {
        return intake.dossier();
    }
}
