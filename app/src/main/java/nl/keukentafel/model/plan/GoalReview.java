package nl.keukentafel.model.plan;

import java.util.UUID;

/** One goal at one evaluation: result, note and what was decided. Immutable. */
public record GoalReview(UUID goalId, GoalResult result, String note, GoalDecision decision) {
}
