package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The per-field three-way merge of ADR 0002, as a pure function. The base is the record at the entry's
 * {@code baseVersion}; a later version counts as "someone else's change" only when another client made it, so a
 * client's own earlier entries (which share one base version while they wait in its outbox) never conflict with
 * its later ones. No clock takes part in any decision. Stateless; thread-safe.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /**
     * @param base the record's state at the entry's base version (empty fields, not deleted, for version 0)
     * @param after every version after the base version, oldest first, ending with {@code current}
     */
    public static MergeOutcome decide(PushEntry entry, StoredRecord current, MergeOutcome.State base, List<RecordVersion> after) {
        List<RecordVersion> foreign = after.stream().filter(version -> !version.clientId().equals(entry.clientId())).toList();
        MergeOutcome.Result clean = foreign.isEmpty() ? MergeOutcome.Result.APPLIED : MergeOutcome.Result.MERGED;
        return switch (entry.op()) {
            case DELETE -> delete(entry, current, foreign, clean);
            case RESTORE -> new MergeOutcome(clean,
                current.deleted() ? Optional.of(new MergeOutcome.State(current.fields(), false)) : Optional.empty(), List.of());
            case CREATE, UPDATE -> edit(entry, current, base, after, clean);
        };
    }

    private static MergeOutcome delete(PushEntry entry, StoredRecord current, List<RecordVersion> foreign, MergeOutcome.Result clean) {
        if (current.deleted()) {
            return new MergeOutcome(clean, Optional.empty(), List.of());
        }
        if (!foreign.isEmpty()) {
            // Someone edited what this client deleted: the record stays, and a person decides.
            MergeOutcome.ConflictDraft whole = new MergeOutcome.ConflictDraft(null, current.fields(), false,
                Optional.of(foreign.get(foreign.size() - 1)), NullNode.getInstance(), true);
            return new MergeOutcome(MergeOutcome.Result.CONFLICT, Optional.empty(), List.of(whole));
        }
        return new MergeOutcome(clean, Optional.of(new MergeOutcome.State(current.fields(), true)), List.of());
    }

    private static MergeOutcome edit(PushEntry entry, StoredRecord current, MergeOutcome.State base, List<RecordVersion> after,
                                     MergeOutcome.Result clean) {
        Optional<RecordVersion> foreignDelete = lastForeignDeletion(after, base.deleted(), entry.clientId());
        if (current.deleted() && foreignDelete.isPresent()) {
            // This client edited what someone else deleted: the tombstone stays, the edit is kept in the conflict.
            MergeOutcome.ConflictDraft whole = new MergeOutcome.ConflictDraft(null, current.fields(), true, foreignDelete,
                entry.fields(), false);
            return new MergeOutcome(MergeOutcome.Result.CONFLICT, Optional.empty(), List.of(whole));
        }
        ObjectNode merged = current.fields().deepCopy();
        List<MergeOutcome.ConflictDraft> conflicts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> change : entry.fields().properties()) {
            String name = change.getKey();
            JsonNode mine = change.getValue();
            Optional<RecordVersion> theirs = lastForeignChange(after, name, valueOf(base.fields(), name), entry.clientId());
            JsonNode serverValue = valueOf(current.fields(), name);
            if (theirs.isEmpty()) {
                merged.set(name, mine);
            } else if (!serverValue.equals(normal(mine))) {
                conflicts.add(new MergeOutcome.ConflictDraft(name, serverValue, current.deleted(), theirs, mine, current.deleted()));
            }
        }
        MergeOutcome.Result result = conflicts.isEmpty() ? clean : MergeOutcome.Result.CONFLICT;
        Optional<MergeOutcome.State> state = merged.equals(current.fields())
            ? Optional.empty() : Optional.of(new MergeOutcome.State(merged, current.deleted()));
        return new MergeOutcome(result, state, conflicts);
    }

    private static Optional<RecordVersion> lastForeignChange(List<RecordVersion> after, String name, JsonNode baseValue, UUID clientId) {
        JsonNode previous = baseValue;
        RecordVersion last = null;
        for (RecordVersion version : after) {
            JsonNode value = valueOf(version.fields(), name);
            if (!value.equals(previous) && !version.clientId().equals(clientId)) {
                last = version;
            }
            previous = value;
        }
        // Changed and changed back is no change: the three-way rule compares the base with the current value.
        return previous.equals(baseValue) ? Optional.empty() : Optional.ofNullable(last);
    }

    private static Optional<RecordVersion> lastForeignDeletion(List<RecordVersion> after, boolean baseDeleted, UUID clientId) {
        boolean previous = baseDeleted;
        RecordVersion last = null;
        for (RecordVersion version : after) {
            if (version.deleted() && !previous && !version.clientId().equals(clientId)) {
                last = version;
            }
            previous = version.deleted();
        }
        return Optional.ofNullable(last);
    }

    /** A missing field and a JSON null are the same value: "nothing there". */
    private static JsonNode valueOf(ObjectNode fields, String name) {
        return normal(fields.get(name));
    }

    private static JsonNode normal(JsonNode value) {
        return value == null || value.isMissingNode() ? NullNode.getInstance() : value;
    }
}
