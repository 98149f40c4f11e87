package nl.keukentafel.logic;

import java.time.Instant;

/** What the autosave last did, for the "Opgeslagen" indicator. Immutable. */
public record SaveStatus(State state, Instant at, boolean diskFull) {
    /** PENDING: typed, not yet committed. SAVED: durable. FAILED: kept in memory and retried. */
    public enum State { SAVED, PENDING, FAILED }

    public static SaveStatus saved(Instant at) {
        return new SaveStatus(State.SAVED, at, false);
    }
}
