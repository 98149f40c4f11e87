package nl.keukentafel.sync.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small checker of JSON values against the OpenAPI 3.0 schema subset the spec uses: $ref, type, nullable,
 * required, properties, items, enum. Enough to keep the spec's payload shapes true; not a full validator. Stateless.
 */
final class SchemaCheck {
    private final JsonNode document;

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    /** The problems found, each with a JSON path; empty when the value fits. */
    List<String> problems(JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    /** The schema of an operation's JSON answer for a status. */
    JsonNode responseSchema(String method, String path, int status) {
        JsonNode response = resolve(document.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT))
            .path("responses").path(Integer.toString(status)));
        return response.path("content").path("application/json").path("schema");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private void check(JsonNode value, JsonNode rawSchema, String where, List<String> problems) {
        JsonNode schema = resolve(rawSchema);
        if (schema.isMissingNode() || schema.isEmpty()) {
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false) && schema.has("type")) {
                problems.add(where + " is null but not nullable");
            }
            return;
        }
        String type = schema.path("type").asText("");
        boolean fits = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!fits) {
            problems.add(where + " is not " + type + ": " + value);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                problems.add(where + " = " + value + " is not one of " + schema.get("enum"));
            }
        }
        for (JsonNode name : schema.path("required")) {
            if (!value.has(name.asText())) {
                problems.add(where + " lacks required " + name.asText());
            }
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (value.has(property.getKey())) {
                check(value.get(property.getKey()), property.getValue(), where + "." + property.getKey(), problems);
            }
        }
        if (value.isArray()) {
            for (int index = 0; index < value.size(); index++) {
                check(value.get(index), schema.path("items"), where + "[" + index + "]", problems);
            }
        }
    }
}
