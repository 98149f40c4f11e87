package nl.keukentafel.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * A light check of the fields of the record kinds the app already has: the type of each known field and the allowed
 * values of enum fields, taken from the app's model classes ({@code nl.keukentafel.model}). A value that does not fit
 * (a {@code geno_person} of kind "DRAGON", a birth date that is an object) would be stored, pulled by colleagues and
 * break their screens and exports; it is refused instead. Null always fits (an emptied field), unknown fields and
 * unknown kinds are accepted as they come (forward compatibility: new kinds such as {@code plan_goal} arrive with new
 * app versions). Pure data plus one check, shared through the protocol module: the server refuses what does not fit
 * ({@code invalid-record}), and a client can check the same before sending. Immutable; thread-safe.
 */
public final class RecordSchema {

    /** What a known field may hold. */
    public sealed interface FieldType permits Text, Flag, WholeNumber, Number, OneOf {
        boolean fits(JsonNode value);
    }

    /** A string, including dates, which travel as typed text. */
    public record Text() implements FieldType {
        @Override
        public boolean fits(JsonNode value) {
            return value.isTextual();
        }
    }

    public record Flag() implements FieldType {
        @Override
        public boolean fits(JsonNode value) {
            return value.isBoolean();
        }
    }

    public record WholeNumber() implements FieldType {
        @Override
        public boolean fits(JsonNode value) {
            return value.isIntegralNumber() && value.canConvertToLong();
        }
    }

    public record Number() implements FieldType {
        @Override
        public boolean fits(JsonNode value) {
            return value.isNumber();
        }
    }

    /** One of an enum's constant names. */
    public record OneOf(Set<String> values) implements FieldType {
        public OneOf {
            values = Set.copyOf(values);
        }

        @Override
        public boolean fits(JsonNode value) {
            return value.isTextual() && values.contains(value.asText());
        }
    }

    private static final FieldType TEXT = new Text();
    private static final FieldType FLAG = new Flag();
    private static final FieldType WHOLE = new WholeNumber();
    private static final FieldType NUMBER = new Number();
    /** nl.keukentafel.model.Gender. */
    private static final FieldType GENDER = new OneOf(Set.of("MALE", "FEMALE", "OTHER", "UNKNOWN"));

    /** Kind code to field name to type; the app's model classes name these fields in their nested {@code Field} classes. */
    private static final Map<String, Map<String, FieldType>> KINDS = Map.of(
        // nl.keukentafel.model.Member
        "member", Map.of(
            "givenName", TEXT, "familyName", TEXT, "birthDate", TEXT, "gender", GENDER,
            "role", new OneOf(Set.of("PARENT", "CHILD", "PARTNER", "GRANDPARENT", "SIBLING", "RELATIVE", "OTHER")),
            "bsn", TEXT, "phone", TEXT, "email", TEXT),
        // nl.keukentafel.model.genogram.GenoPerson
        "geno_person", Map.ofEntries(
            Map.entry("memberId", TEXT), Map.entry("givenName", TEXT), Map.entry("familyName", TEXT),
            Map.entry("gender", GENDER), Map.entry("birthDate", TEXT), Map.entry("deathDate", TEXT), Map.entry("deceased", FLAG),
            Map.entry("kind", new OneOf(Set.of("PERSON", "PREGNANCY", "MISCARRIAGE", "ABORTION", "STILLBIRTH"))),
            Map.entry("personKind", new OneOf(Set.of("PERSON", "PREGNANCY", "MISCARRIAGE", "ABORTION", "STILLBIRTH"))),
            Map.entry("multipleBirthGroup", TEXT), Map.entry("twinKind", new OneOf(Set.of("IDENTICAL", "FRATERNAL", "UNKNOWN"))),
            Map.entry("birthOrder", WHOLE), Map.entry("pinnedX", NUMBER), Map.entry("pinnedY", NUMBER), Map.entry("note", TEXT)),
        // nl.keukentafel.model.check.CheckException: a reason that is not text would break every colleague's Toets view
        "check_exception", Map.of("findingKey", TEXT, "reason", TEXT, "recordedBy", TEXT, "recordedOn", TEXT));

    private RecordSchema() {
    }

    /** True when every known field of a known kind holds null or a value of its type. */
    public static boolean fits(String kind, ObjectNode fields) {
        Map<String, FieldType> known = KINDS.get(kind);
        if (known == null) {
            return true;
        }
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            FieldType type = known.get(field.getKey());
            JsonNode value = field.getValue();
            if (type != null && !value.isNull() && !type.fits(value)) {
                return false;
            }
        }
        return true;
    }
}
