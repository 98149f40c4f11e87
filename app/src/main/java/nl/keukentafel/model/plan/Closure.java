package nl.keukentafel.model.plan;

import java.util.List;
import java.util.UUID;

/**
 * The end of the help (phase 4), one per dossier: id {@code RecordIds.derived(dossierId, "closure")}. While
 * {@code closed} is true the dossier is read-only (the store's guard); reopening sets it false with a reason.
 * Immutable.
 */
public record Closure(
        UUID id,
        UUID dossierId,
        boolean closed,
        String closedOn,
        ClosureReason reason,
        String followUpWith,
        String consequencesExplainedOn,
        String expertWho,
        String expertOn,
        List<PartnerNotice> notices,
        String endReport,
        String reopenedOn,
        String reopenReason) {

    public Closure {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        /** The store's guard reads this field of the stored body; see {@code ClosedDossiers}. */
        public static final String CLOSED = "closed";
        public static final String CLOSED_ON = "closedOn";
        public static final String REASON = "reason";
        public static final String FOLLOW_UP_WITH = "followUpWith";
        public static final String CONSEQUENCES_EXPLAINED_ON = "consequencesExplainedOn";
        public static final String EXPERT_WHO = "expertWho";
        public static final String EXPERT_ON = "expertOn";
        public static final String NOTICES = "notices";
        public static final String END_REPORT = "endReport";
        public static final String REOPENED_ON = "reopenedOn";
        public static final String REOPEN_REASON = "reopenReason";

        private Field() {
        }
    }
}
