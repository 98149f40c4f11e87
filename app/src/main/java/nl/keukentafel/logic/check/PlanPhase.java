package nl.keukentafel.logic.check;

import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Closure;

/**
 * Which phase of the werkwijze a werkplan has reached, for the rules' {@link Rule#applies}: a dossier is not judged
 * on evaluations before its plan is agreed, nor on its closure before closing started. Stateless and thread-safe.
 */
final class PlanPhase {
    private PlanPhase() {
    }

    /** The plan was started (phase 2): its goals are judged. */
    static boolean started(PlanState state) {
        return state.started();
    }

    /** At least one version was agreed (phase 3): evaluations, scaling and decisions are judged. */
    static boolean agreed(PlanState state) {
        return !state.versions().isEmpty();
    }

    /**
     * Closing started (phase 4): the dossier is closed, or — not since reopened — a reason for closing was chosen, a
     * partner marked or an end report written. The closure record alone does not count: the Evaluatie tab makes it
     * as soon as it is shown.
     */
    static boolean closing(PlanState state) {
        if (state.closed()) {
            return true;
        }
        Closure closure = state.closure().orElse(null);
        return closure != null && Text.isBlank(closure.reopenedOn())
                && (closure.reason() != null || !closure.notices().isEmpty() || !Text.isBlank(closure.endReport()));
    }
}
