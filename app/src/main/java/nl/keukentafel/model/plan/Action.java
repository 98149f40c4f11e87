package nl.keukentafel.model.plan;

import java.util.UUID;

/**
 * One "wie doet wat" line under a goal. The owner is a member or contact ({@code ownerId}), the regisseur, or a
 * typed name ({@code ownerName}). Immutable.
 */
public record Action(
        UUID id,
        UUID dossierId,
        UUID goalId,
        OwnerKind ownerKind,
        UUID ownerId,
        String ownerName,
        String what,
        String dueDate,
        ActionStatus status,
        String note) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String GOAL_ID = "goalId";
        public static final String OWNER_KIND = "ownerKind";
        public static final String OWNER_ID = "ownerId";
        public static final String OWNER_NAME = "ownerName";
        public static final String WHAT = "what";
        public static final String DUE_DATE = "dueDate";
        public static final String STATUS = "status";
        public static final String NOTE = "note";

        private Field() {
        }
    }
}
