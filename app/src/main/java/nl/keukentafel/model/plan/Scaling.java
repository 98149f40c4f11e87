package nl.keukentafel.model.plan;

import java.util.UUID;

/** Scaling up or down: to whom, when, why, and how it turned out. Immutable. */
public record Scaling(
        UUID id,
        UUID dossierId,
        ScaleDirection direction,
        ScaleTarget target,
        String targetName,
        String on,
        String why,
        String outcome) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String DIRECTION = "direction";
        public static final String TARGET = "target";
        public static final String TARGET_NAME = "targetName";
        public static final String ON = "on";
        public static final String WHY = "why";
        public static final String OUTCOME = "outcome";

        private Field() {
        }
    }
}
