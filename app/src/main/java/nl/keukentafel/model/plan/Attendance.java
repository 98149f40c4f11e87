package nl.keukentafel.model.plan;

import java.util.UUID;

/**
 * Who was at an evaluation; for whoever declined or did not come, the reason and whether the referrer was told
 * (the werkwijze asks for both). A member or contact ({@code personId}) or a typed name. Immutable.
 */
public record Attendance(UUID personId, String name, Presence presence, String reason, Boolean referrerTold) {
}
