package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        return decide(entry, current, base, new HistoryChanges(after));
    }

    /**
     * @param base the record's state at the entry's base version (empty fields, not deleted, for version 0)
     * @param later who changed what after the base version
     */
    static MergeOutcome decide(PushEntry entry, StoredRecord current, MergeOutcome.State base, LaterChanges later) {
        Optional<RecordVersion> lastForeign = later.lastForeign(entry.clientId());
        MergeOutcome.Result clean = lastForeign.isEmpty() ? MergeOutcome.Result.APPLIED : MergeOutcome.Result.MERGED;
        return switch (entry.op()) {
            case DELETE -> delete(current, lastForeign, clean);
            case RESTORE -> new MergeOutcome(clean,
                current.deleted() ? Optional.of(new MergeOutcome.State(current.fields(), false)) : Optional.empty(), List.of());
            case CREATE, UPDATE -> edit(entry, current, base, later, clean);
        };
    }

    private static MergeOutcome delete(StoredRecord current, Optional<RecordVersion> lastForeign, MergeOutcome.Result clean) {
        if (current.deleted()) {
            return new MergeOutcome(clean, Optional.empty(), List.of());
        }
        if (lastForeign.isPresent()) {
            // Someone edited what this client deleted: the record stays, and a person decides.
            MergeOutcome.ConflictDraft whole = new MergeOutcome.ConflictDraft(null, current.fields(), false,
                lastForeign, NullNode.getInstance(), true);
            return new MergeOutcome(MergeOutcome.Result.CONFLICT, Optional.empty(), List.of(whole));
        }
        return new MergeOutcome(clean, Optional.of(new MergeOutcome.State(current.fields(), true)), List.of());
    }

    private static MergeOutcome edit(PushEntry entry, StoredRecord current, MergeOutcome.State base, LaterChanges later,
                                     MergeOutcome.Result clean) {
        Optional<RecordVersion> foreignDelete = later.lastForeignDeletion(base.deleted(), entry.clientId());
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
            JsonNode serverValue = valueOf(current.fields(), name);
            Optional<RecordVersion> theirs = later.lastForeignChange(name, valueOf(base.fields(), name), serverValue, entry.clientId());
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

    /** A missing field and a JSON null are the same value: "nothing there". */
    static JsonNode valueOf(ObjectNode fields, String name) {
        return normal(fields.get(name));
    }

    private static JsonNode normal(JsonNode value) {
        return value == null || value.isMissingNode() ? NullNode.getInstance() : value;
    }
}
