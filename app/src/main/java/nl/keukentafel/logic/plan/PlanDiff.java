package nl.keukentafel.logic.plan;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What changed between two plan snapshots (an older version and a newer one, or a version and the draft): per goal
 * (in the newer order, removed goals after), its actions, the analysis fields, the coordination agreements and
 * referrals. Field names are the stored ones ({@code Goal.Field.TEXT}…); a goal that moved in priority has
 * {@link #MOVED} among its changed fields. Immutable.
 */
public record PlanDiff(List<GoalDiff> goals, Set<String> planFields, List<ItemDiff> agreements, List<ItemDiff> referrals) {
    /** The pseudo-field of a goal whose place among the goals in both versions changed. */
    public static final String MOVED = "rank";

    public PlanDiff {
        goals = List.copyOf(goals);
        planFields = Set.copyOf(planFields);
        agreements = List.copyOf(agreements);
        referrals = List.copyOf(referrals);
    }

    /** How one goal, action, agreement or referral changed. */
    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

    /** One goal: its text (newer, or older when removed), how it changed, which fields, and its actions. */
    public record GoalDiff(UUID goalId, String text, Change change, Set<String> changedFields, List<ActionDiff> actions) {
        public GoalDiff {
            changedFields = Set.copyOf(changedFields);
            actions = List.copyOf(actions);
        }

        /** The goal or any of its actions changed. */
        public boolean touched() {
            return change != Change.UNCHANGED || actions.stream().anyMatch(action -> action.change() != Change.UNCHANGED);
        }
    }

    /** One action under its goal (the newer goal when it moved to another goal: {@code goalId} is then changed). */
    public record ActionDiff(UUID actionId, String what, Change change, Set<String> changedFields) {
        public ActionDiff {
            changedFields = Set.copyOf(changedFields);
        }
    }

    /** One agreement or referral. */
    public record ItemDiff(UUID id, Change change, Set<String> changedFields) {
        public ItemDiff {
            changedFields = Set.copyOf(changedFields);
        }
    }

    /** Nothing at all changed. */
    public boolean unchanged() {
        return planFields.isEmpty() && goals.stream().noneMatch(GoalDiff::touched)
                && agreements.stream().allMatch(item -> item.change() == Change.UNCHANGED)
                && referrals.stream().allMatch(item -> item.change() == Change.UNCHANGED);
    }
}
