package nl.keukentafel.model.plan;

import java.util.List;
import java.util.UUID;

/**
 * One goal of the plan, phrased as an effect ("Daan gaat weer elke dag naar school"). {@code memberIds} empty means
 * the whole family; {@code domainCodes} are codes of the intake's own domain list. Lower rank comes first. Immutable.
 */
public record Goal(
        UUID id,
        UUID dossierId,
        Integer rank,
        String text,
        List<UUID> memberIds,
        List<String> domainCodes,
        VoicedBy voicedBy,
        String voicedByName,
        String targetDate,
        GoalStatus status,
        String stopReason) {

    public Goal {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        domainCodes = domainCodes == null ? List.of() : List.copyOf(domainCodes);
    }

    public int order() {
        return rank == null ? Integer.MAX_VALUE : rank;
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String RANK = "rank";
        public static final String TEXT = "text";
        public static final String MEMBER_IDS = "memberIds";
        public static final String DOMAIN_CODES = "domainCodes";
        public static final String VOICED_BY = "voicedBy";
        public static final String VOICED_BY_NAME = "voicedByName";
        public static final String TARGET_DATE = "targetDate";
        public static final String STATUS = "status";
        public static final String STOP_REASON = "stopReason";

        private Field() {
        }
    }
}
