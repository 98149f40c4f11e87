package nl.keukentafel.logic.check;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Goal;

/**
 * What the werkplan's rules (T8–T13) share for their findings: the record a finding points at, a goal's place and text
 * (people's names come from {@link Household}). Names and texts go into the message arguments only, never into the key.
 * Stateless and thread-safe.
 */
final class PlanFindings {
    /** Shown for a text that was never typed. */
    static final String UNNAMED = "?";

    private PlanFindings() {
    }

    static RecordRef ref(RecordKind kind, UUID id, PlanState state) {
        return new RecordRef(kind, id, state.dossier().family().id());
    }

    /** The goal's place in the priority list (1 for the first), 0 when it is not one of this plan's goals. */
    static int place(PlanState state, UUID goalId) {
        List<Goal> goals = state.goals();
        for (int index = 0; index < goals.size(); index++) {
            if (goals.get(index).id().equals(goalId)) {
                return index + 1;
            }
        }
        return 0;
    }

    /** The goal's effect text as typed, or "?" when blank or when the goal is not (any more) in the plan. */
    static String text(PlanState state, UUID goalId) {
        return state.goals().stream().filter(goal -> goal.id().equals(goalId)).findFirst().map(Goal::text)
                .filter(text -> !Text.isBlank(text)).map(String::strip).orElse(UNNAMED);
    }

    /** A typed value for a message: stripped, or "?" when blank. */
    static String typed(String value) {
        return Text.isBlank(value) ? UNNAMED : value.strip();
    }
}
