package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.sync.protocol.PushOutcome;

/** What one push entry does: its answer, the new state if the record changes, and the conflicts to keep. Immutable. */
public record MergeOutcome(Result result, Optional<State> newState, List<ConflictDraft> conflicts) {

    /** The per-entry answers other than {@code rejected}, which is decided before any merge. */
    public enum Result {
        APPLIED(PushOutcome.APPLIED), MERGED(PushOutcome.MERGED), CONFLICT(PushOutcome.CONFLICT);

        private final PushOutcome outcome;

        Result(PushOutcome outcome) {
            this.outcome = outcome;
        }

        public PushOutcome outcome() {
            return outcome;
        }

        public String code() {
            return outcome.code();
        }
    }

    /** A record's fields and tombstone flag. */
    public record State(ObjectNode fields, boolean deleted) {
    }

    /**
     * Both sides of one conflict. {@code field} is null when the record as a whole conflicts (delete vs edit);
     * {@code serverChange} is the version that made the server's side, when the history shows one.
     */
    public record ConflictDraft(String field, JsonNode serverValue, boolean serverDeleted, Optional<RecordVersion> serverChange,
                                JsonNode clientValue, boolean clientDeleted) {
    }
}
