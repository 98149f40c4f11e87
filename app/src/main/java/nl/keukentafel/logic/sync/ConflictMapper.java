package nl.keukentafel.logic.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.sync.StoredConflict;

/** Turns kept conflicts into what the merge view shows. Thread-safe (stateless apart from the record store). */
final class ConflictMapper {
    private final RecordStore records;
    private final RecordNames names;

    ConflictMapper(RecordStore records) {
        this.records = records;
        this.names = new RecordNames(records);
    }

    /** Empty for a record kind this app version does not know. */
    Optional<ConflictItem> item(StoredConflict conflict, Optional<UUID> myDevice) {
        RecordKind kind;
        try {
            kind = RecordKind.fromCode(conflict.kind());
        } catch (IllegalArgumentException newerKind) {
            return Optional.empty();
        }
        RecordRef ref = new RecordRef(kind, conflict.recordId(), conflict.dossierId());
        StoredConflict.Side server = conflict.server();
        StoredConflict.Side client = conflict.client();
        boolean mine = myDevice.isPresent() && myDevice.get().equals(client.deviceId());
        return Optional.of(new ConflictItem(conflict.id(), ref, householdName(conflict.dossierId()), conflict.field(),
                plain(server.value()), server.deleted(), server.author(), instant(server.at()),
                plain(client.value()), client.deleted(), client.author(), instant(client.at()), mine, names.of(ref)));
    }

    /** A JSON value as String, Boolean, Number, null, or (a whole record's fields) a Map. */
    static Object plain(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return RecordMapper.json().convertValue(value, Object.class);
    }

    private String householdName(UUID dossierId) {
        return records.find(dossierId).filter(stored -> stored.ref().kind() == RecordKind.FAMILY)
                .map(stored -> RecordMapper.family(stored).householdName()).orElse("");
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
