package nl.keukentafel.model.intake;

import java.util.UUID;

/**
 * The intake of one dossier; its id is {@code RecordIds.derived(dossierId, "intake")}, so there is one per dossier
 * even when two laptops start it offline. Free text comes first: {@code notes} takes what the consultant types while
 * listening, to be attached to a domain later.
 */
public record Intake(
        UUID id,
        UUID dossierId,
        DomainList domainList,
        String startedOn,
        String notes,
        String familyCan,
        String networkCan,
        String helpNeeded,
        java.util.Map<String, String> ruleWaivers) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String DOMAIN_LIST = "domainList";
        public static final String STARTED_ON = "startedOn";
        public static final String NOTES = "notes";
        public static final String FAMILY_CAN = "familyCan";
        public static final String NETWORK_CAN = "networkCan";
        public static final String HELP_NEEDED = "helpNeeded";
        /** Rule of thumb key (e.g. "jgz:{memberId}") → why that professional is not involved. */
        public static final String RULE_WAIVERS = "ruleWaivers";

        private Field() {
        }
    }
}
