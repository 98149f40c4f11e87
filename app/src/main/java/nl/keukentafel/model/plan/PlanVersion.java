package nl.keukentafel.model.plan;

import java.util.List;
import java.util.UUID;

/**
 * An agreed, frozen version of the plan (ADR 0005): written once with {@code frozen: true} and never changed (the
 * store and the server refuse). Its number is its place among the dossier's versions by agreed date, then id.
 */
public record PlanVersion(
        UUID id,
        UUID dossierId,
        boolean frozen,
        String agreedOn,
        UUID follows,
        List<Party> parties,
        PlanSnapshot snapshot) {

    public PlanVersion {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        /** The store's and the server's guard read this field of the stored body; see {@code FrozenRecords}. */
        public static final String FROZEN = "frozen";
        public static final String AGREED_ON = "agreedOn";
        public static final String FOLLOWS = "follows";
        public static final String PARTIES = "parties";
        public static final String SNAPSHOT = "snapshot";

        private Field() {
        }
    }
}
