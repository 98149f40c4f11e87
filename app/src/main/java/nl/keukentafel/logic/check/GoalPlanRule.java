package nl.keukentafel.logic.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.plan.AgreementWarnings;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.logic.plan.PlanWarning;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;

/**
 * T8, the goals themselves: a desired perspective, at least one goal, each goal put into words with its own place in
 * the priority order, a target date and at least one action, each action with an owner and a due date. The goal and
 * action parts are the warnings agreeing shows ({@link AgreementWarnings}), so the check and the agree dialog never
 * disagree. Judged on the live draft from the moment the plan is started. Stateless and thread-safe.
 */
final class GoalPlanRule implements Rule {
    static final String ADD_GOAL = "+goal";
    static final String ADD_ACTION = "+action";

    @Override
    public Criterion criterion() {
        return Criterion.T8;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return PlanPhase.started(facts.plan());
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        PlanState state = facts.plan();
        List<Finding> findings = new ArrayList<>();
        RecordRef plan = PlanIds.plan(state.dossier().family().id());
        if (state.plan().map(Plan::perspective).map(Text::isBlank).orElse(true)) {
            findings.add(Finding.of(Criterion.T8, "T8:perspective", plan, Plan.Field.PERSPECTIVE, "check.t8.noPerspective"));
        }
        if (state.goals().stream().allMatch(goal -> goal.status() == GoalStatus.STOPPED)) {
            findings.add(Finding.of(Criterion.T8, "T8:no-goals", plan, ADD_GOAL, "check.t8.noGoals"));
        }
        Set<Integer> ranks = new HashSet<>();
        for (Goal goal : state.goals()) {
            RecordRef ref = PlanFindings.ref(RecordKind.PLAN_GOAL, goal.id(), state);
            int place = PlanFindings.place(state, goal.id());
            if (Text.isBlank(goal.text())) {
                findings.add(Finding.of(Criterion.T8, "T8:goal-text:" + goal.id(), ref, Goal.Field.TEXT,
                        "check.t8.goalWithoutText", place));
            }
            if (goal.rank() == null || !ranks.add(goal.rank())) {
                findings.add(Finding.of(Criterion.T8, "T8:rank:" + goal.id(), ref, Goal.Field.RANK,
                        "check.t8.goalWithoutOwnPlace", place, PlanFindings.text(state, goal.id())));
            }
        }
        for (PlanWarning warning : AgreementWarnings.of(state.draft())) {
            findings.add(finding(state, warning));
        }
        return findings;
    }

    private static Finding finding(PlanState state, PlanWarning warning) {
        UUID goalId = warning.goalId();
        RecordRef goal = PlanFindings.ref(RecordKind.PLAN_GOAL, goalId, state);
        int place = PlanFindings.place(state, goalId);
        String text = PlanFindings.text(state, goalId);
        return switch (warning.kind()) {
            case GOAL_WITHOUT_ACTION -> Finding.of(Criterion.T8, "T8:no-action:" + goalId, goal, ADD_ACTION,
                    "check.t8.goalWithoutAction", place, text);
            case GOAL_WITHOUT_DATE -> Finding.of(Criterion.T8, "T8:target-date:" + goalId, goal, Goal.Field.TARGET_DATE,
                    "check.t8.goalWithoutDate", place, text);
            case ACTION_WITHOUT_OWNER -> {
                Action action = action(state, warning.actionId());
                yield Finding.of(Criterion.T8, "T8:action-owner:" + action.id(), actionRef(state, action), ownerField(action),
                        "check.t8.actionWithoutOwner", place, PlanFindings.typed(action.what()));
            }
            case ACTION_WITHOUT_DATE -> {
                Action action = action(state, warning.actionId());
                yield Finding.of(Criterion.T8, "T8:action-date:" + action.id(), actionRef(state, action), Action.Field.DUE_DATE,
                        "check.t8.actionWithoutDate", place, PlanFindings.typed(action.what()));
            }
        };
    }

    /** The field to fill: the kind of owner first, then who (a member or contact) or the typed name. */
    private static String ownerField(Action action) {
        if (action.ownerKind() == null) {
            return Action.Field.OWNER_KIND;
        }
        return switch (action.ownerKind()) {
            case NAMED -> Action.Field.OWNER_NAME;
            default -> Action.Field.OWNER_ID;
        };
    }

    private static Action action(PlanState state, UUID actionId) {
        return state.actions().stream().filter(action -> action.id().equals(actionId)).findFirst().orElseThrow();
    }

    private static RecordRef actionRef(PlanState state, Action action) {
        return PlanFindings.ref(RecordKind.PLAN_ACTION, action.id(), state);
    }
}
