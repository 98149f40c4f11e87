package nl.keukentafel.model.genogram;

import java.util.UUID;

/** An emotional relation between two person keys, typed and dated, with a note; directed ones point at {@code to}. */
public record EmotionalRelation(UUID id, UUID dossierId, UUID from, UUID to, RelationType relationType, String since, String until,
                                String note) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String FROM = "from";
        public static final String TO = "to";
        public static final String RELATION_TYPE = "relationType";
        public static final String SINCE = "since";
        public static final String UNTIL = "until";
        public static final String NOTE = "note";

        private Field() {
        }
    }
}
