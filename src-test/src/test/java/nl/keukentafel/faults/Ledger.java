package nl.keukentafel.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the test's consultants typed, so "nothing lost" can be checked afterwards: each client's last value per record
 * and field (a value the same person overwrote later is their own decision), and every record a client made.
 * Not thread-safe.
 */
public final class Ledger {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One remembered edit. */
    public record Write(String client, UUID recordId, UUID dossierId, String field, JsonNode value) {
    }

    private final Map<String, Write> lastWrites = new LinkedHashMap<>();
    private final Set<UUID> created = new LinkedHashSet<>();

    public void wrote(String client, UUID recordId, UUID dossierId, Map<String, ?> fields) {
        fields.forEach((field, value) -> lastWrites.put(client + "/" + recordId + "/" + field,
            new Write(client, recordId, dossierId, field, JSON.valueToTree(value))));
    }

    public void created(String client, UUID recordId, UUID dossierId, Map<String, ?> fields) {
        created.add(recordId);
        wrote(client, recordId, dossierId, fields);
    }

    public Iterable<Write> writes() {
        return lastWrites.values();
    }

    public Set<UUID> createdRecords() {
        return created;
    }

    public int size() {
        return lastWrites.size();
    }
}
