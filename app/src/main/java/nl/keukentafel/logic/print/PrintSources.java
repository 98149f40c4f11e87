package nl.keukentafel.logic.print;

import java.util.Optional;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.PlanState;

/** What a document is made from, read at one moment: the werkplan, the intake and (for its pages) the genogram. Immutable. */
public record PrintSources(PlanState plan, IntakeState intake, Optional<GenogramState> genogram) {
    public PrintSources {
        genogram = genogram == null ? Optional.empty() : genogram;
    }
}
