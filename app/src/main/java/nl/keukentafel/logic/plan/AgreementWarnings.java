package nl.keukentafel.logic.plan;

import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.PlanSnapshot;

/**
 * What agreeing warns about (ADR 0005): goals without an action or a target date, actions without an owner or a due
 * date. Goals already stopped or achieved need nothing more. Warnings never block: the family's choice stands.
 * Stateless and thread-safe.
 */
public final class AgreementWarnings {
    private AgreementWarnings() {
    }

    public static List<PlanWarning> of(PlanSnapshot snapshot) {
        List<PlanWarning> warnings = new ArrayList<>();
        int place = 0;
        for (Goal goal : snapshot.goals()) {
            place++;
            if (goal.status() == GoalStatus.STOPPED || goal.status() == GoalStatus.ACHIEVED) {
                continue;
            }
            List<Action> actions = snapshot.actionsOf(goal.id());
            if (actions.isEmpty()) {
                warnings.add(new PlanWarning(PlanWarning.Kind.GOAL_WITHOUT_ACTION, goal.id(), null, "plan.warning.goalWithoutAction",
                        List.of(place)));
            }
            if (Text.isBlank(goal.targetDate())) {
                warnings.add(new PlanWarning(PlanWarning.Kind.GOAL_WITHOUT_DATE, goal.id(), null, "plan.warning.goalWithoutDate",
                        List.of(place)));
            }
            for (Action action : actions) {
                String what = Text.isBlank(action.what()) ? "…" : action.what().strip();
                if (!hasOwner(action)) {
                    warnings.add(new PlanWarning(PlanWarning.Kind.ACTION_WITHOUT_OWNER, goal.id(), action.id(),
                            "plan.warning.actionWithoutOwner", List.of(place, what)));
                }
                if (Text.isBlank(action.dueDate())) {
                    warnings.add(new PlanWarning(PlanWarning.Kind.ACTION_WITHOUT_DATE, goal.id(), action.id(),
                            "plan.warning.actionWithoutDate", List.of(place, what)));
                }
            }
        }
        return warnings;
    }

    /** The regisseur needs no id; a member or contact needs one; a typed owner needs a name. */
    static boolean hasOwner(Action action) {
        if (action.ownerKind() == null) {
            return false;
        }
        return switch (action.ownerKind()) {
            case REGISSEUR -> true;
            case MEMBER, CONTACT -> action.ownerId() != null;
            case NAMED -> !Text.isBlank(action.ownerName());
        };
    }
}
