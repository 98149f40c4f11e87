package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.UUID;
import nl.keukentafel.sync.server.Json;

/** The JSON shapes of records and conflicts in answers. Stateless; thread-safe. */
public final class Payloads {

    private Payloads() {
    }

    public static ObjectNode record(StoredRecord record) {
        ObjectNode node = recordHead(record.id(), record.kind(), record.dossierId(), record.version(), record.deleted());
        node.set("fields", record.fields());
        node.put("updatedAt", record.updatedAt().toString());
        return node;
    }

    /**
     * The same shape, with the fields written out as PostgreSQL gave them (jsonb's own text: valid JSON, the same
     * values; it only spaces them differently), without parsing them first.
     */
    public static ObjectNode record(StoredRecordText record) {
        ObjectNode node = recordHead(record.id(), record.kind(), record.dossierId(), record.version(), record.deleted());
        node.putRawValue("fields", new RawValue(record.fieldsJson()));
        node.put("updatedAt", record.updatedAt().toString());
        return node;
    }

    private static ObjectNode recordHead(UUID id, String kind, UUID dossierId, long version, boolean deleted) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", id.toString());
        node.put("kind", kind);
        node.put("dossierId", dossierId.toString());
        node.put("version", version);
        node.put("deleted", deleted);
        return node;
    }

    public static ObjectNode version(RecordVersion version) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("version", version.version());
        node.put("deleted", version.deleted());
        node.set("fields", version.fields());
        node.put("author", version.authorName());
        node.put("deviceId", version.deviceId().toString());
        node.put("receivedAt", version.receivedAt().toString());
        var resolves = node.putArray("resolves");
        version.resolves().forEach(id -> resolves.add(id.toString()));
        return node;
    }

    public static ObjectNode conflict(ConflictView conflict) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", conflict.id().toString());
        node.put("recordId", conflict.recordId().toString());
        node.put("dossierId", conflict.dossierId().toString());
        node.put("kind", conflict.kind());
        if (conflict.field().isPresent()) {
            node.put("field", conflict.field().get());
        } else {
            node.putNull("field");
        }
        node.put("status", conflict.status());
        node.set("server", side(conflict.server()));
        node.set("client", side(conflict.client()));
        conflict.resolution().ifPresent(resolution -> {
            ObjectNode resolved = node.putObject("resolution");
            resolved.put("by", resolution.by());
            resolved.put("at", resolution.at().toString());
            resolved.put("version", resolution.version());
        });
        return node;
    }

    private static ObjectNode side(ConflictView.Side side) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.set("value", side.value());
        node.put("deleted", side.deleted());
        side.version().ifPresent(version -> node.put("version", version));
        if (side.author().isPresent()) {
            node.put("author", side.author().get());
        } else {
            node.putNull("author");
        }
        if (side.deviceId().isPresent()) {
            node.put("deviceId", side.deviceId().get().toString());
        } else {
            node.putNull("deviceId");
        }
        if (side.at().isPresent()) {
            node.put("at", side.at().get().toString());
        } else {
            node.putNull("at");
        }
        return node;
    }
}
