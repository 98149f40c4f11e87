package nl.keukentafel.logic;

import java.time.Instant;

/** What the autosave last did, for the "Opgeslagen" indicator. Immutable. */
public record SaveStatus(State state, Instant at, boolean diskFull) {
    /**
     * PENDING: typed, not yet committed. SAVED: durable. FAILED: kept in memory and retried. READ_ONLY: refused for
     * good, because the record is an agreed plan version or its dossier is closed (ADR 0005).
     */
    public enum State { SAVED, PENDING, FAILED, READ_ONLY }

    public static SaveStatus saved(Instant at) {
        return new SaveStatus(State.SAVED, at, false);
    }
}
