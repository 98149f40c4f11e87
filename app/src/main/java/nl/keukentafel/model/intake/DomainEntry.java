package nl.keukentafel.model.intake;

import java.util.List;
import java.util.UUID;

/**
 * One life domain in one intake, for the whole household ({@code memberIds} empty; id
 * {@code RecordIds.derived(intakeId, "domain", code)}) or for named members (id
 * {@code RecordIds.derived(intakeId, "domain", code, firstMemberId)}). The score is optional and stored as typed
 * so an out-of-range value can be shown and corrected, never silently dropped.
 */
public record DomainEntry(
        UUID id,
        UUID dossierId,
        UUID intakeId,
        String domainCode,
        List<UUID> memberIds,
        DomainStatus status,
        String reason,
        String goesWell,
        String concerns,
        String notes,
        Integer score) {

    public DomainEntry {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String INTAKE_ID = "intakeId";
        public static final String DOMAIN_CODE = "domainCode";
        public static final String MEMBER_IDS = "memberIds";
        public static final String STATUS = "status";
        public static final String REASON = "reason";
        public static final String GOES_WELL = "goesWell";
        public static final String CONCERNS = "concerns";
        public static final String NOTES = "notes";
        public static final String SCORE = "score";

        private Field() {
        }
    }
}
