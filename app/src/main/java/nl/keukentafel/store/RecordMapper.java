package nl.keukentafel.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Residence;

/**
 * Turns stored JSON bodies into typed domain records and back. Unknown fields are kept in storage (a newer
 * app or the server may have written them) and ignored here. Thread-safe.
 */
public final class RecordMapper {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE, true)
            .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, true);

    static {
        // a cleared choice is stored as "" by some screens: read it as "no choice"
        JSON.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    }

    private RecordMapper() {
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public static ObjectNode parse(String body) {
        try {
            return (ObjectNode) JSON.readTree(body);
        } catch (JsonProcessingException | ClassCastException damaged) {
            throw new StoreException("record body is not a JSON object", damaged);
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Every local write's body is made here, so this is where U+0000 is dropped from text values: the sync server's
     * PostgreSQL cannot store it, and a value it refuses would sit in the outbox for ever. It never means anything in
     * a note or a name (a GEDCOM file or a paste can carry one).
     */
    public static ObjectNode toNode(Map<String, ?> fields) {
        ObjectNode node = JSON.valueToTree(fields);
        withoutNul(node);
        return node;
    }

    private static JsonNode withoutNul(JsonNode node) {
        if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            return JSON.getNodeFactory().textNode(node.textValue().replace("\0", ""));
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(withoutNul(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int index = 0; index < array.size(); index++) {
                array.set(index, withoutNul(array.get(index)));
            }
        }
        return node;
    }

    public static Family family(StoredRecord stored) {
        return convert(stored, Family.class);
    }

    public static Member member(StoredRecord stored) {
        Member raw = convert(stored, Member.class);
        return new Member(raw.id(), raw.dossierId(), raw.givenName(), raw.familyName(), raw.birthDate(),
                raw.gender() == null ? Gender.UNKNOWN : raw.gender(),
                raw.role() == null ? HouseholdRole.OTHER : raw.role(),
                raw.residence() == null ? Residence.IN_HOUSEHOLD : raw.residence(),
                raw.bsn(), raw.phone(), raw.email());
    }

    public static Contact contact(StoredRecord stored) {
        return convert(stored, Contact.class);
    }

    /**
     * The record as {@code reader} makes it, or empty when its stored body cannot be read: damaged, or written by a server
     * that accepted nonsense. One such record must not take a screen, an export or a sync round down with it; callers
     * skip it and count it.
     */
    public static <T> Optional<T> readable(StoredRecord stored, Function<StoredRecord, T> reader) {
        try {
            return Optional.of(reader.apply(stored));
        } catch (StoreException unreadable) {
            return Optional.empty();
        }
    }

    /** As {@link #readable(StoredRecord, Function)} with {@link #convert}. */
    public static <T> Optional<T> readable(StoredRecord stored, Class<T> type) {
        return readable(stored, record -> convert(record, type));
    }

    /** Adds the record to {@code into} when it can be read; answers 1 when it cannot, for the caller's count of skipped ones. */
    public static <T> int readInto(StoredRecord stored, Class<T> type, List<T> into) {
        Optional<T> value = readable(stored, type);
        value.ifPresent(into::add);
        return value.isPresent() ? 0 : 1;
    }

    /** Any model record whose components are the stored fields plus {@code id} and {@code dossierId}. */
    public static <T> T convert(StoredRecord stored, Class<T> type) {
        ObjectNode withIds = stored.body().deepCopy();
        withIds.put("id", stored.ref().id().toString());
        withIds.put("dossierId", stored.ref().dossierId().toString());
        try {
            return JSON.treeToValue(withIds, type);
        } catch (JsonProcessingException | IllegalArgumentException damaged) {
            throw new StoreException("could not read " + stored.ref(), damaged);
        }
    }
}
