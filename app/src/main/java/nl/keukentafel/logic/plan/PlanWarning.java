package nl.keukentafel.logic.plan;

import java.util.List;
import java.util.UUID;

/**
 * Something worth a look before agreeing (a goal without an action, an action without owner or date): a message key
 * of {@code i18n/plan*.properties} with its arguments (the goal's place in the list, the action's text) and the goal
 * and action it is about ({@code actionId} null for a goal's warning). Never blocks. Immutable.
 */
public record PlanWarning(Kind kind, UUID goalId, UUID actionId, String messageKey, List<Object> arguments) {
    public PlanWarning {
        arguments = List.copyOf(arguments);
    }

    /** In the order they are listed for one goal. */
    public enum Kind { GOAL_WITHOUT_ACTION, GOAL_WITHOUT_DATE, ACTION_WITHOUT_OWNER, ACTION_WITHOUT_DATE }
}
