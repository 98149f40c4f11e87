package nl.keukentafel.logic.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.PlanSnapshot;

/**
 * Compares two snapshots of a plan (ADR 0005): goals and actions added, removed and changed, matched by id. Ranks are
 * not compared as numbers (renumbering 1..n after a move changes many ranks): a goal is marked {@link PlanDiff#MOVED}
 * only when it left the longest run of goals that kept their order, so moving one goal marks that one goal.
 * Stateless and thread-safe.
 */
public final class PlanComparison {
    private PlanComparison() {
    }

    public static PlanDiff compare(PlanSnapshot older, PlanSnapshot newer) {
        Map<UUID, Goal> before = byId(older.goals(), Goal::id);
        Map<UUID, Action> actionsBefore = byId(older.actions(), Action::id);
        Set<UUID> moved = moved(older.goals(), newer.goals());
        List<PlanDiff.GoalDiff> goals = new ArrayList<>();
        for (Goal goal : newer.goals()) {
            Goal old = before.get(goal.id());
            if (old == null) {
                goals.add(new PlanDiff.GoalDiff(goal.id(), goal.text(), PlanDiff.Change.ADDED, Set.of(),
                        actions(newer.actionsOf(goal.id()), actionsBefore, PlanDiff.Change.ADDED)));
                continue;
            }
            Set<String> fields = new HashSet<>(RecordFields.changed(old, goal, Set.of(Goal.Field.RANK)));
            if (moved.contains(goal.id())) {
                fields.add(PlanDiff.MOVED);
            }
            List<PlanDiff.ActionDiff> actions = actions(newer.actionsOf(goal.id()), actionsBefore, null);
            Set<UUID> kept = new HashSet<>(byId(newer.actions(), Action::id).keySet());
            older.actionsOf(goal.id()).stream().filter(action -> !kept.contains(action.id()))
                    .forEach(action -> actions.add(new PlanDiff.ActionDiff(action.id(), action.what(), PlanDiff.Change.REMOVED, Set.of())));
            goals.add(new PlanDiff.GoalDiff(goal.id(), goal.text(), fields.isEmpty() ? PlanDiff.Change.UNCHANGED
                    : PlanDiff.Change.CHANGED, fields, actions));
        }
        Map<UUID, Goal> after = byId(newer.goals(), Goal::id);
        for (Goal goal : older.goals()) {
            if (!after.containsKey(goal.id())) {
                List<PlanDiff.ActionDiff> actions = older.actionsOf(goal.id()).stream()
                        .map(action -> new PlanDiff.ActionDiff(action.id(), action.what(), PlanDiff.Change.REMOVED, Set.of())).toList();
                goals.add(new PlanDiff.GoalDiff(goal.id(), goal.text(), PlanDiff.Change.REMOVED, Set.of(), actions));
            }
        }
        Set<String> planFields = older.plan() == null && newer.plan() == null ? Set.of()
                : RecordFields.changed(older.plan(), newer.plan() == null ? older.plan() : newer.plan(), Set.of());
        return new PlanDiff(goals, planFields, items(older.agreements(), newer.agreements()),
                items(older.referrals(), newer.referrals()));
    }

    /** The newer actions of one goal, each against its older self wherever it was ({@code all} = ADDED for a new goal). */
    private static List<PlanDiff.ActionDiff> actions(List<Action> newer, Map<UUID, Action> before, PlanDiff.Change all) {
        List<PlanDiff.ActionDiff> diffs = new ArrayList<>();
        for (Action action : newer) {
            Action old = before.get(action.id());
            if (old == null || all != null) {
                diffs.add(new PlanDiff.ActionDiff(action.id(), action.what(), old == null ? PlanDiff.Change.ADDED : PlanDiff.Change.CHANGED,
                        old == null ? Set.of() : RecordFields.changed(old, action, Set.of())));
            } else {
                Set<String> fields = RecordFields.changed(old, action, Set.of());
                diffs.add(new PlanDiff.ActionDiff(action.id(), action.what(), fields.isEmpty() ? PlanDiff.Change.UNCHANGED
                        : PlanDiff.Change.CHANGED, fields));
            }
        }
        return diffs;
    }

    private static <T extends Record> List<PlanDiff.ItemDiff> items(List<T> older, List<T> newer) {
        Map<UUID, T> before = byId(older, PlanComparison::idOf);
        Map<UUID, T> after = byId(newer, PlanComparison::idOf);
        List<PlanDiff.ItemDiff> diffs = new ArrayList<>();
        for (T item : newer) {
            T old = before.get(idOf(item));
            Set<String> fields = old == null ? Set.of() : RecordFields.changed(old, item, Set.of());
            diffs.add(new PlanDiff.ItemDiff(idOf(item), old == null ? PlanDiff.Change.ADDED
                    : fields.isEmpty() ? PlanDiff.Change.UNCHANGED : PlanDiff.Change.CHANGED, fields));
        }
        older.stream().filter(item -> !after.containsKey(idOf(item)))
                .forEach(item -> diffs.add(new PlanDiff.ItemDiff(idOf(item), PlanDiff.Change.REMOVED, Set.of())));
        return diffs;
    }

    private static UUID idOf(Record item) {
        if (item instanceof nl.keukentafel.model.plan.Agreement agreement) {
            return agreement.id();
        }
        return ((nl.keukentafel.model.plan.Referral) item).id();
    }

    /** Goals in both lists outside a longest common subsequence of their order: the ones that moved. */
    static Set<UUID> moved(List<Goal> older, List<Goal> newer) {
        Set<UUID> inNewer = byId(newer, Goal::id).keySet();
        Set<UUID> inOlder = byId(older, Goal::id).keySet();
        List<UUID> a = older.stream().map(Goal::id).filter(inNewer::contains).toList();
        List<UUID> b = newer.stream().map(Goal::id).filter(inOlder::contains).toList();
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1 : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        Set<UUID> stayed = new HashSet<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size();) {
            if (a.get(i).equals(b.get(j))) {
                stayed.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        Set<UUID> moved = new HashSet<>(b);
        moved.removeAll(stayed);
        return moved;
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
