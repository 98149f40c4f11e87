package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.sync.server.Json;

/**
 * For each field, the version that last changed its value and the client that made that version; the same for the
 * tombstone flag and for the record as a whole. Kept in the record row ({@code record.changes}), so deciding "did
 * someone else change this field after my base version" reads one row instead of every version since the base: a
 * record with a long history can no longer hold the change lock for minutes (issue 10, item 3).
 *
 * <p>It keeps the last change only. Where the full history would differ — another client changed a field and then
 * this same client changed it again after the entry's base — this says "no one else": the same client's later
 * version was itself merged against that change. Immutable by convention.
 */
public record FieldChanges(Map<String, Mark> fields, Optional<Mark> deleted, Optional<Mark> last) {

    /** A version and the client that made it. */
    public record Mark(long version, UUID clientId) {
        JsonNode toJson() {
            ArrayNode pair = Json.MAPPER.createArrayNode();
            pair.add(version);
            pair.add(clientId.toString());
            return pair;
        }

        static Optional<Mark> of(JsonNode pair) {
            return pair != null && pair.isArray() && pair.size() == 2
                ? Optional.of(new Mark(pair.get(0).asLong(), UUID.fromString(pair.get(1).asText()))) : Optional.empty();
        }
    }

    public FieldChanges {
        fields = Map.copyOf(fields);
    }

    public static FieldChanges none() {
        return new FieldChanges(Map.of(), Optional.empty(), Optional.empty());
    }

    /** The marks after {@code next} replaced {@code before} (absent for a new record) as version {@code version}. */
    public FieldChanges then(Optional<MergeOutcome.State> before, MergeOutcome.State next, long version, UUID clientId) {
        Mark mark = new Mark(version, clientId);
        Map<String, Mark> marks = new HashMap<>(fields);
        ObjectNode previous = before.map(MergeOutcome.State::fields).orElseGet(Json.MAPPER::createObjectNode);
        Set<String> names = new LinkedHashSet<>();
        previous.fieldNames().forEachRemaining(names::add);
        next.fields().fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!ThreeWayMerge.valueOf(previous, name).equals(ThreeWayMerge.valueOf(next.fields(), name))) {
                marks.put(name, mark);
            }
        }
        boolean wasDeleted = before.map(MergeOutcome.State::deleted).orElse(false);
        Optional<Mark> deletedMark = wasDeleted != next.deleted() ? Optional.of(mark) : deleted;
        return new FieldChanges(marks, deletedMark, Optional.of(mark));
    }

    /** The versions these marks point at that are after {@code baseVersion} and not by {@code clientId}. */
    public Set<Long> foreignVersionsAfter(long baseVersion, UUID clientId) {
        Set<Long> versions = new LinkedHashSet<>();
        fields.values().forEach(mark -> addIfForeign(versions, mark, baseVersion, clientId));
        deleted.ifPresent(mark -> addIfForeign(versions, mark, baseVersion, clientId));
        last.ifPresent(mark -> addIfForeign(versions, mark, baseVersion, clientId));
        return versions;
    }

    private static void addIfForeign(Set<Long> versions, Mark mark, long baseVersion, UUID clientId) {
        if (mark.version() > baseVersion && !mark.clientId().equals(clientId)) {
            versions.add(mark.version());
        }
    }

    /**
     * These marks as {@link LaterChanges} after {@code baseVersion}; {@code versions} holds (at least) the
     * {@link #foreignVersionsAfter} versions, read without their fields, for naming who made a change.
     */
    LaterChanges laterThan(long baseVersion, Map<Long, RecordVersion> versions) {
        return new LaterChanges() {
            @Override
            public Optional<RecordVersion> lastForeignChange(String name, JsonNode baseValue, JsonNode currentValue, UUID clientId) {
                if (currentValue.equals(baseValue)) {
                    return Optional.empty();
                }
                return foreign(Optional.ofNullable(fields.get(name)), clientId);
            }

            @Override
            public Optional<RecordVersion> lastForeignDeletion(boolean baseDeleted, UUID clientId) {
                return foreign(deleted, clientId);
            }

            @Override
            public Optional<RecordVersion> lastForeign(UUID clientId) {
                return foreignVersionsAfter(baseVersion, clientId).stream().max(Long::compare).map(versions::get);
            }

            private Optional<RecordVersion> foreign(Optional<Mark> mark, UUID clientId) {
                return mark.filter(found -> found.version() > baseVersion && !found.clientId().equals(clientId))
                    .map(found -> versions.get(found.version()));
            }
        };
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        ObjectNode byField = node.putObject("fields");
        fields.forEach((name, mark) -> byField.set(name, mark.toJson()));
        deleted.ifPresent(mark -> node.set("deleted", mark.toJson()));
        last.ifPresent(mark -> node.set("last", mark.toJson()));
        return node;
    }

    public static FieldChanges fromJson(JsonNode node) {
        Map<String, Mark> marks = new HashMap<>();
        JsonNode byField = node.path("fields");
        byField.properties().forEach(entry -> Mark.of(entry.getValue()).ifPresent(mark -> marks.put(entry.getKey(), mark)));
        return new FieldChanges(marks, Mark.of(node.get("deleted")), Mark.of(node.get("last")));
    }
}
