package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.auth.Principal;

/** Rejected push entries, kept whole with their reason: the server never drops what a client sent. Thread-safe. */
public final class QuarantineStore {
    /** What stands for U+0000 in a kept entry: PostgreSQL cannot store that character, and the entry must be kept. */
    static final String NUL_STAND_IN = "\u2400";

    /** One entry to keep and why. */
    public record Kept(JsonNode raw, String reason) {
    }

    public void keep(Connection connection, Principal principal, JsonNode original, String reason, Instant now) throws SQLException {
        keepAll(connection, principal, java.util.List.of(new Kept(original, reason)), now);
    }

    /** Keeps many entries with one batched statement. */
    public void keepAll(Connection connection, Principal principal, java.util.List<Kept> kept, Instant now) throws SQLException {
        keepAll(connection, principal, kept, now, "?::jsonb");
    }

    /**
     * Keeps an entry the database refused a value of as one JSON string holding its text, which it cannot refuse:
     * nothing a client sent is dropped.
     */
    public void keepAsText(Connection connection, Principal principal, JsonNode original, String reason, Instant now)
        throws SQLException {
        keepAll(connection, principal, java.util.List.of(new Kept(original, reason)), now, "to_jsonb(?::text)");
    }

    private void keepAll(Connection connection, Principal principal, java.util.List<Kept> kept, Instant now, String entry)
        throws SQLException {
        if (kept.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into quarantine (user_id, device_id, client_id, client_seq, record_id, dossier_id, reason, entry, received_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, " + entry + ", ?)")) {
            for (Kept one : kept) {
                JsonNode raw = EntryParser.holdsNul(one.raw()) ? withoutNul(one.raw()) : one.raw();
                insert.setObject(1, principal.userId());
                insert.setObject(2, principal.deviceId());
                insert.setString(3, text(raw, "clientId"));
                JsonNode clientSeq = raw.get("clientSeq");
                if (clientSeq != null && clientSeq.canConvertToLong() && clientSeq.isIntegralNumber()) {
                    insert.setLong(4, clientSeq.asLong());
                } else {
                    insert.setObject(4, null);
                }
                insert.setString(5, text(raw, "recordId"));
                insert.setString(6, text(raw, "dossierId"));
                insert.setString(7, one.reason());
                insert.setString(8, RecordStore.text(raw));
                insert.setTimestamp(9, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The caller's own quarantined entries, newest first, so a client can show what it sent and why it was refused. */
    public ArrayNode mine(Connection connection, UUID userId, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select id, client_id, client_seq, record_id, dossier_id, reason, received_at from quarantine"
                + " where user_id = ? order by id desc limit ?")) {
            select.setObject(1, userId);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                ArrayNode items = Json.MAPPER.createArrayNode();
                while (rows.next()) {
                    ObjectNode item = items.addObject();
                    item.put("id", rows.getLong(1));
                    item.put("clientId", rows.getString(2));
                    long clientSeq = rows.getLong(3);
                    item.set("clientSeq", rows.wasNull() ? Json.MAPPER.nullNode() : Json.MAPPER.getNodeFactory().numberNode(clientSeq));
                    item.put("recordId", rows.getString(4));
                    item.put("dossierId", rows.getString(5));
                    item.put("reason", rows.getString(6));
                    item.put("receivedAt", rows.getTimestamp(7).toInstant().toString());
                }
                return items;
            }
        }
    }

    /** A copy with every U+0000, in names and texts, replaced by {@link #NUL_STAND_IN} (SYMBOL FOR NULL). */
    static JsonNode withoutNul(JsonNode node) {
        if (node.isTextual()) {
            return Json.MAPPER.getNodeFactory().textNode(node.asText().replace("\u0000", NUL_STAND_IN));
        }
        if (node.isObject()) {
            ObjectNode copy = Json.MAPPER.createObjectNode();
            node.properties().forEach(field -> copy.set(field.getKey().replace("\u0000", NUL_STAND_IN), withoutNul(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.MAPPER.createArrayNode();
            node.forEach(item -> copy.add(withoutNul(item)));
            return copy;
        }
        return node;
    }

    private static String text(JsonNode raw, String name) {
        JsonNode value = raw.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
