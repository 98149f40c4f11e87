package nl.keukentafel.gui.evaluation;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.plan.PlanService;

/**
 * What the evaluation tab's line models write through: the plan's and the intake's services, and one way to run a
 * whole-line write (a list field) in the background and report a refusal on the screen. FX thread only.
 */
record Edits(PlanService plan, IntakeService intake, LineWriter lines) {
    /** Runs one list-line write away from the screen; a failure is shown by the tab. */
    interface LineWriter {
        void write(Supplier<CompletableFuture<?>> write);
    }
}
