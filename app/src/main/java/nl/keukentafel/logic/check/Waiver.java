package nl.keukentafel.logic.check;

import java.util.Objects;

/**
 * A finding a consultant marked as a deliberate exception, with the reason: it then shows as met with that reason,
 * never silently gone. Matched by {@link Finding#key()}. Recording one is audited. Immutable.
 */
public record Waiver(String findingKey, String reason, String recordedBy, String recordedOn) {
    public Waiver {
        Objects.requireNonNull(findingKey, "findingKey");
        Objects.requireNonNull(reason, "reason");
    }
}
