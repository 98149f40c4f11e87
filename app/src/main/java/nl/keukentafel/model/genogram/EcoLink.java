package nl.keukentafel.model.genogram;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.intake.Sector;

/**
 * An ecogram line between the household (or named members) and a network contact of the dossier (id
 * {@code RecordIds.derived(contactId, "eco")}) or an extra person or organisation named here (fresh id). The sector
 * comes from the contact when there is one; {@code sector} here is for extras.
 */
public record EcoLink(
        UUID id,
        UUID dossierId,
        UUID contactId,
        String name,
        Sector sector,
        LinkStrength strength,
        SupportDirection direction,
        List<SupportKind> supportKinds,
        List<UUID> memberIds,
        String note) {

    public EcoLink {
        supportKinds = supportKinds == null ? List.of() : List.copyOf(supportKinds);
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String CONTACT_ID = "contactId";
        public static final String NAME = "name";
        public static final String SECTOR = "sector";
        public static final String STRENGTH = "strength";
        public static final String DIRECTION = "direction";
        public static final String SUPPORT_KINDS = "supportKinds";
        public static final String MEMBER_IDS = "memberIds";
        public static final String NOTE = "note";

        private Field() {
        }
    }
}
