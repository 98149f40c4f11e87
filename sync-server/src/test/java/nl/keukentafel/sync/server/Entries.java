package nl.keukentafel.sync.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/** Builds push bodies the way a client's outbox would. Not thread-safe (each client its own). */
final class Entries {
    final UUID clientId = UUID.randomUUID();
    private long nextSeq = 1;

    ObjectNode create(UUID recordId, UUID dossierId, String kind, ObjectNode fields) {
        return entry(recordId, dossierId, kind, "create", 0, fields);
    }

    ObjectNode update(UUID recordId, UUID dossierId, long baseVersion, ObjectNode fields) {
        return entry(recordId, dossierId, "member", "update", baseVersion, fields);
    }

    ObjectNode delete(UUID recordId, UUID dossierId, long baseVersion) {
        return entry(recordId, dossierId, "member", "delete", baseVersion, Json.MAPPER.createObjectNode());
    }

    ObjectNode entry(UUID recordId, UUID dossierId, String kind, String op, long baseVersion, ObjectNode fields) {
        ObjectNode entry = Json.MAPPER.createObjectNode();
        entry.put("clientId", clientId.toString());
        entry.put("clientSeq", nextSeq++);
        entry.put("recordId", recordId.toString());
        entry.put("kind", kind);
        entry.put("dossierId", dossierId.toString());
        entry.put("op", op);
        entry.put("baseVersion", baseVersion);
        entry.set("fields", fields);
        entry.putObject("baseFields");
        return entry;
    }

    static ObjectNode batch(JsonNode... entries) {
        return batch(List.of(entries));
    }

    static ObjectNode batch(List<? extends JsonNode> entries) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("schema", Json.SCHEMA);
        ArrayNode list = body.putArray("entries");
        entries.forEach(list::add);
        return body;
    }

    static ObjectNode fields(String... namesAndValues) {
        ObjectNode fields = Json.MAPPER.createObjectNode();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.put(namesAndValues[index], namesAndValues[index + 1]);
        }
        return fields;
    }
}
