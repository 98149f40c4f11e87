package nl.keukentafel.model.plan;

import java.util.UUID;

/**
 * Someone asked to agree to a plan version, or expected at an evaluation: a member or contact ({@code personId}) or a
 * typed name. Used inside {@link PlanVersion} and {@link Evaluation}. Immutable.
 */
public record Party(UUID personId, String name, PartyRole role, Vote vote, String note) {
}
