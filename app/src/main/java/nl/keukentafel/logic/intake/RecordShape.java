package nl.keukentafel.logic.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.JsonValues;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.intake.DomainList;

/**
 * Checks one record of an imported file against its model record, field by field: texts are texts, ids are ids, a
 * choice is one of its values, dates can be read. Answers the problems and the fields worth writing (known, not null).
 * Stateless and thread-safe.
 */
final class RecordShape {
    /** Every intake field that holds a typed date (dd-mm-jjjj). */
    static final Set<String> DATE_FIELDS = Set.of("startedOn", "date", "assessedOn", "consultedOn", "discussedWithParentsOn",
            "raisedOn", "step1On", "step2On", "step3On", "step4On", "step5On", "decidedOn", "validFrom", "validUntil", "givenOn",
            "withdrawnOn");
    private static final Set<String> NOT_WRITTEN = Set.of("id", "dossierId", "intakeId");

    private RecordShape() {
    }

    /** The problems of {@code record} and, separately, its writable fields. */
    record Checked(List<ImportProblem> problems, Map<String, JsonNode> fields) {
    }

    static Checked check(JsonNode record, Class<?> model, ImportProblem.Label place) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
        if (!record.isObject()) {
            problems.add(ImportProblem.of("intake.file.problem.shape", place));
            return new Checked(problems, fields);
        }
        for (RecordComponent component : model.getRecordComponents()) {
            String name = component.getName();
            JsonNode value = record.get(name);
            if (NOT_WRITTEN.contains(name) || value == null || value.isNull()) {
                continue;
            }
            if (!fits(value, component.getType())) {
                problems.add(ImportProblem.of("intake.file.problem.value", place, ImportProblem.Label.of("field." + name)));
            } else if (DATE_FIELDS.contains(name) && FieldCheck.date(value.asText()).isPresent()) {
                problems.add(ImportProblem.of("intake.file.problem.date", place, ImportProblem.Label.of("field." + name)));
            } else {
                fields.put(name, value);
            }
        }
        return new Checked(problems, fields);
    }

    private static boolean fits(JsonNode value, Class<?> type) {
        if (type == String.class) {
            return value.isTextual();
        }
        if (type == Integer.class || type == int.class) {
            return value.isIntegralNumber() && value.canConvertToInt();
        }
        if (type == boolean.class || type == Boolean.class) {
            return value.isBoolean();
        }
        if (type == UUID.class) {
            return isUuid(value);
        }
        if (type.isEnum()) {
            return value.isTextual() && (value.asText().isEmpty() || JsonValues.isConstant(type, value.asText()));
        }
        if (type == List.class) {
            return value.isArray() && allMatch(value.elements(), RecordShape::isUuid);
        }
        if (type == Map.class) {
            return value.isObject() && allMatch(value.elements(), JsonNode::isTextual);
        }
        return type == DomainList.class && value.isObject();
    }

    static boolean isUuid(JsonNode value) {
        return JsonValues.isUuid(value);
    }

    private static boolean allMatch(Iterator<JsonNode> elements, java.util.function.Predicate<JsonNode> test) {
        while (elements.hasNext()) {
            if (!test.test(elements.next())) {
                return false;
            }
        }
        return true;
    }
}
