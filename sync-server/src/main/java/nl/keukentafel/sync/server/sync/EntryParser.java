package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.keukentafel.sync.protocol.RecordSchema;
import nl.keukentafel.sync.protocol.RejectReason;
import nl.keukentafel.sync.server.Json;

/**
 * Checks a push entry's envelope and what the database and colleagues' apps must be able to hold — text PostgreSQL can
 * store, a bounded size, known fields of known kinds of the right type ({@link RecordSchema}) — and parses it.
 * Stateless; thread-safe.
 */
public final class EntryParser {
    /** The largest record (its fields as JSON); bigger ones are refused so no push can make every later one slow. */
    public static final int MAX_RECORD_BYTES = 1024 * 1024;
    /** Record kind codes as the app writes them ("member", "domain_entry", "geno_person"). */
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final int MAX_RESOLVES = 100;

    /**
     * Either a valid entry or the reason it is not (exactly one is present); the ids are kept when they could be read,
     * for dedup.
     */
    public record Parsed(Optional<PushEntry> entry, Optional<RejectReason> reason, Optional<UUID> clientId,
                         Optional<Long> clientSeq) {
        static Parsed invalid(RejectReason reason, Optional<UUID> clientId, Optional<Long> clientSeq) {
            return new Parsed(Optional.empty(), Optional.of(reason), clientId, clientSeq);
        }
    }

    private EntryParser() {
    }

    public static Parsed parse(JsonNode raw, int batchSchema) {
        if (!raw.isObject()) {
            return Parsed.invalid(RejectReason.MALFORMED, Optional.empty(), Optional.empty());
        }
        Optional<UUID> clientId = uuid(raw.get("clientId"));
        Optional<Long> clientSeq = positiveLong(raw.get("clientSeq"));
        int schema = raw.has("schema") ? raw.get("schema").asInt(-1) : batchSchema;
        if (schema < Json.MIN_CLIENT_SCHEMA || schema > Json.SCHEMA) {
            return Parsed.invalid(RejectReason.UNKNOWN_SCHEMA, clientId, clientSeq);
        }
        if (clientId.isEmpty() || clientSeq.isEmpty()) {
            return Parsed.invalid(RejectReason.MALFORMED, clientId, clientSeq);
        }
        Optional<UUID> recordId = uuid(raw.get("recordId"));
        Optional<UUID> dossierId = uuid(raw.get("dossierId"));
        JsonNode kind = raw.get("kind");
        Optional<Op> op = raw.hasNonNull("op") ? Op.parse(raw.get("op").asText()) : Optional.empty();
        JsonNode baseVersion = raw.get("baseVersion");
        JsonNode fields = raw.get("fields");
        JsonNode baseFields = raw.get("baseFields");
        Optional<List<UUID>> resolves = resolves(raw.get("resolves"));
        boolean valid = recordId.isPresent() && dossierId.isPresent() && op.isPresent()
            && kind != null && kind.isTextual() && KIND.matcher(kind.asText()).matches()
            && baseVersion != null && baseVersion.canConvertToLong() && baseVersion.isIntegralNumber() && baseVersion.asLong() >= 0
            && (fields == null || fields.isNull() || fields.isObject())
            && (baseFields == null || baseFields.isNull() || baseFields.isObject())
            && resolves.isPresent();
        if (!valid) {
            return Parsed.invalid(RejectReason.MALFORMED, clientId, clientSeq);
        }
        if (holdsNul(raw)) {
            // PostgreSQL refuses U+0000 in text and jsonb; stored, it would fail the whole batch.
            return Parsed.invalid(RejectReason.UNSTORABLE_TEXT, clientId, clientSeq);
        }
        if (jsonBytes(fields) > MAX_RECORD_BYTES || jsonBytes(baseFields) > MAX_RECORD_BYTES) {
            return Parsed.invalid(RejectReason.RECORD_TOO_LARGE, clientId, clientSeq);
        }
        if (fields != null && fields.isObject() && !RecordSchema.fits(kind.asText(), (ObjectNode) fields)) {
            return Parsed.invalid(RejectReason.INVALID_RECORD, clientId, clientSeq);
        }
        PushEntry entry = new PushEntry(raw, clientId.get(), clientSeq.get(), recordId.get(), kind.asText(), dossierId.get(),
            op.get(), baseVersion.asLong(), objectOrEmpty(fields), objectOrEmpty(baseFields), resolves.get());
        return new Parsed(Optional.of(entry), Optional.empty(), clientId, clientSeq);
    }

    /** True when any text or field name in {@code node} holds U+0000. */
    public static boolean holdsNul(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return node.asText().indexOf('\u0000') >= 0;
        }
        if (node.isObject()) {
            for (var field : node.properties()) {
                if (field.getKey().indexOf('\u0000') >= 0 || holdsNul(field.getValue())) {
                    return true;
                }
            }
            return false;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (holdsNul(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    static long jsonBytes(JsonNode node) {
        if (node == null || node.isNull()) {
            return 0;
        }
        try {
            return Json.MAPPER.writeValueAsBytes(node).length;
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always serialises", impossible);
        }
    }

    private static ObjectNode objectOrEmpty(JsonNode node) {
        return node != null && node.isObject() ? ((ObjectNode) node).deepCopy() : Json.MAPPER.createObjectNode();
    }

    private static Optional<List<UUID>> resolves(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.of(List.of());
        }
        if (!node.isArray() || node.size() > MAX_RESOLVES) {
            return Optional.empty();
        }
        List<UUID> ids = new ArrayList<>();
        for (JsonNode item : node) {
            Optional<UUID> id = uuid(item);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            ids.add(id.get());
        }
        return Optional.of(List.copyOf(ids));
    }

    static Optional<UUID> uuid(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(node.asText());
            // UUID.fromString accepts short forms like "1-2-3-4-5"; only the canonical text is an id here.
            return id.toString().equalsIgnoreCase(node.asText()) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException ignored) {
            return Optional.empty();
        }
    }

    private static Optional<Long> positiveLong(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToLong() && node.asLong() > 0
            ? Optional.of(node.asLong()) : Optional.empty();
    }
}
