package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link LaterChanges} read from every version after the base, oldest first: the rules' reference. Immutable. */
final class HistoryChanges implements LaterChanges {
    private final List<RecordVersion> after;

    HistoryChanges(List<RecordVersion> after) {
        this.after = List.copyOf(after);
    }

    @Override
    public Optional<RecordVersion> lastForeignChange(String name, JsonNode baseValue, JsonNode currentValue, UUID clientId) {
        JsonNode previous = baseValue;
        RecordVersion last = null;
        for (RecordVersion version : after) {
            JsonNode value = ThreeWayMerge.valueOf(version.fields(), name);
            if (!value.equals(previous) && !version.clientId().equals(clientId)) {
                last = version;
            }
            previous = value;
        }
        return previous.equals(baseValue) ? Optional.empty() : Optional.ofNullable(last);
    }

    @Override
    public Optional<RecordVersion> lastForeignDeletion(boolean baseDeleted, UUID clientId) {
        boolean previous = baseDeleted;
        RecordVersion last = null;
        for (RecordVersion version : after) {
            if (version.deleted() && !previous && !version.clientId().equals(clientId)) {
                last = version;
            }
            previous = version.deleted();
        }
        return Optional.ofNullable(last);
    }

    @Override
    public Optional<RecordVersion> lastForeign(UUID clientId) {
        return after.stream().filter(version -> !version.clientId().equals(clientId)).reduce((first, second) -> second);
    }
}
