package nl.keukentafel.model.genogram;

import java.util.UUID;

/**
 * That {@code child} is a child of {@code parent} (person keys), and how. One record per child and parent: id
 * {@code RecordIds.derived(child, "parent", parent.toString())}. A child under a couple has a link to each partner.
 */
public record ParentLink(UUID id, UUID dossierId, UUID child, UUID parent, ParentLinkKind linkKind, String since, String note) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String CHILD = "child";
        public static final String PARENT = "parent";
        public static final String LINK_KIND = "linkKind";
        public static final String SINCE = "since";
        public static final String NOTE = "note";

        private Field() {
        }
    }
}
