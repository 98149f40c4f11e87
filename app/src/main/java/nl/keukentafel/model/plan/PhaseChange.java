package nl.keukentafel.model.plan;

import java.util.UUID;

/** The Zeeland regiekaart phase from a date on, with the reason and who holds casusregie and procesregie. Immutable. */
public record PhaseChange(
        UUID id,
        UUID dossierId,
        RegiePhase phase,
        String since,
        String reason,
        String casusregie,
        String procesregie) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String PHASE = "phase";
        public static final String SINCE = "since";
        public static final String REASON = "reason";
        public static final String CASUSREGIE = "casusregie";
        public static final String PROCESREGIE = "procesregie";

        private Field() {
        }
    }
}
