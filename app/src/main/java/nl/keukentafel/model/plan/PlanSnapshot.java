package nl.keukentafel.model.plan;

import java.util.List;

/** The whole plan at one moment: what an agreed version keeps, and what two versions are compared by. Immutable. */
public record PlanSnapshot(Plan plan, List<Goal> goals, List<Action> actions, List<Agreement> agreements, List<Referral> referrals) {
    public PlanSnapshot {
        goals = goals == null ? List.of() : List.copyOf(goals);
        actions = actions == null ? List.of() : List.copyOf(actions);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
    }

    public List<Action> actionsOf(java.util.UUID goalId) {
        return actions.stream().filter(action -> goalId.equals(action.goalId())).toList();
    }
}
