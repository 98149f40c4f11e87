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

        /**
         * This draft as it refreshes the same client's open conflict on the same record and field, whose client side is
         * {@code earlier}. A field conflict takes the newer value (the later keystroke supersedes the earlier one), but a
         * whole-record conflict (an edit of what someone else deleted) holds only the fields each entry changed: the
         * earlier entries' fields stay, overlaid by this one's, so no edit made offline drops out of the conflict.
         */
        public ConflictDraft refreshing(JsonNode earlier) {
            if (field != null || earlier == null || !earlier.isObject() || !clientValue.isObject()) {
                return this;
            }
            ObjectNode merged = ((ObjectNode) earlier).deepCopy();
            merged.setAll((ObjectNode) clientValue);
            return new ConflictDraft(field, serverValue, serverDeleted, serverChange, merged, clientDeleted);
        }
    }
}
