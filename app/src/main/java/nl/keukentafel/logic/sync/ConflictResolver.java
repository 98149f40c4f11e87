package nl.keukentafel.logic.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.sync.StoredConflict;

/**
 * Turns a person's choice into a new version that carries {@code resolves} (ADR 0002): a field conflict becomes an
 * update of that field with the chosen value; a whole-record conflict (a delete racing an edit) becomes a delete, or
 * a restore followed by the kept edit. "Mine" is this vault's side: the pushed value when this vault pushed it, else
 * the value this vault holds. Thread-safe (stateless apart from the record store).
 */
final class ConflictResolver {
    private final RecordStore records;

    ConflictResolver(RecordStore records) {
        this.records = records;
    }

    CompletableFuture<Void> resolve(StoredConflict conflict, Resolution resolution, boolean mine) {
        RecordRef ref = new RecordRef(RecordKind.fromCode(conflict.kind()), conflict.recordId(), conflict.dossierId());
        Optional<StoredRecord> local = records.find(conflict.recordId());
        if (local.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("record of conflict " + conflict.id() + " not here"));
        }
        List<UUID> resolves = List.of(conflict.id());
        if (conflict.field() != null) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put(conflict.field(), fieldValue(conflict, resolution, mine, local.get()));
            return records.resolve(ref, null, value, resolves);
        }
        StoredConflict.Side chosen = switch (resolution.choice()) {
            case KEEP_SERVER -> conflict.server();
            case KEEP_MINE -> mine ? conflict.client() : null;
            case TYPED -> throw new IllegalArgumentException("a whole-record conflict is resolved by keeping one side");
        };
        if (chosen == null) {
            // Not this vault's push: keep what this vault holds.
            return records.resolve(ref, local.get().deleted(), Map.of(), resolves);
        }
        if (chosen.deleted()) {
            return records.resolve(ref, true, Map.of(), resolves);
        }
        Map<String, Object> fields = chosen == conflict.client() ? objectFields(chosen.value()) : Map.of();
        return records.resolve(ref, false, fields, resolves);
    }

    private static Object fieldValue(StoredConflict conflict, Resolution resolution, boolean mine, StoredRecord local) {
        return switch (resolution.choice()) {
            case KEEP_SERVER -> ConflictMapper.plain(conflict.server().value());
            case KEEP_MINE -> mine ? ConflictMapper.plain(conflict.client().value())
                    : ConflictMapper.plain(local.body().get(conflict.field()));
            case TYPED -> resolution.typedValue();
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectFields(JsonNode value) {
        return value != null && value.isObject() ? RecordMapper.json().convertValue(value, Map.class) : Map.of();
    }
}
