package nl.keukentafel.logic.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.JsonValues;

/**
 * Whether a JSON value of an imported plan file fits a model field's type, all the way down (a list of attendance
 * lines, the parties and snapshot of a version): texts are texts, ids are ids, a choice is one of its values, dates
 * inside nested records can be read. Stateless and thread-safe.
 */
final class PlanShape {
    /** Never taken from a file: who the record is comes from the section and the dossier. */
    static final List<String> NOT_WRITTEN = List.of("id", "dossierId");

    private PlanShape() {
    }

    static boolean fits(JsonNode value, Type type) {
        if (value == null || value.isNull()) {
            return true;
        }
        if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            if (generic.getRawType() == List.class) {
                return value.isArray() && all(value.elements(), arguments[0]);
            }
            if (generic.getRawType() == Map.class) {
                return value.isObject() && all(value.elements(), arguments[1]);
            }
            return false;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return value.isTextual();
        }
        if (raw == Integer.class || raw == int.class) {
            return value.isIntegralNumber() && value.canConvertToInt();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return value.isBoolean();
        }
        if (raw == UUID.class) {
            return isUuid(value);
        }
        if (raw.isEnum()) {
            return value.isTextual() && (value.asText().isEmpty() || JsonValues.isConstant(raw, value.asText()));
        }
        if (raw.isRecord()) {
            return value.isObject() && recordFits(value, raw);
        }
        return false;
    }

    /** A nested record: every field fits, and its date fields can be read. */
    private static boolean recordFits(JsonNode value, Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode field = value.get(component.getName());
            if (!fits(field, component.getGenericType())) {
                return false;
            }
            boolean date = PlanDates.FIELDS.contains(component.getName());
            if (field != null && field.isTextual() && date && PlanDates.unreadable(field.asText())) {
                return false;
            }
        }
        return true;
    }

    static boolean isUuid(JsonNode value) {
        return JsonValues.isUuid(value);
    }

    private static boolean all(Iterator<JsonNode> elements, Type type) {
        while (elements.hasNext()) {
            if (!fits(elements.next(), type)) {
                return false;
            }
        }
        return true;
    }
}
