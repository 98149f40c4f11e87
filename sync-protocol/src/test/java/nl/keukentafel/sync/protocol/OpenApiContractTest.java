package nl.keukentafel.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The protocol module against docs/api/openapi.yaml: the code enums are the yaml's lists, and every wire record's
 * components are properties of its schema, of a matching type, with each required property read (or listed here as
 * deliberately unread). Client and server both use these records, codes and this mapper, so both are held to the spec.
 */
class OpenApiContractTest {
    private static final JsonNode SPEC = OpenApiDocument.load();

    /** A wire record, the yaml schema it is, and the required properties it deliberately does not read. */
    record Pairing(Class<? extends Record> type, String schema, Set<String> unread) {
        JsonNode schemaNode() {
            if (schema.contains(".")) {
                // An inline object: "Schema.property" is the items of an array property.
                String[] parts = schema.split("\\.");
                return OpenApiDocument.schema(SPEC, parts[0]).path("properties").path(parts[1]).path("items");
            }
            return OpenApiDocument.schema(SPEC, schema);
        }

        @Override
        public String toString() {
            return type.getSimpleName() + " <-> " + schema;
        }
    }

    static Stream<Arguments> pairings() {
        return Stream.of(
            new Pairing(Wire.TokenGrant.class, "TokenGrant", Set.of("schema", "tokenType")),
            new Pairing(Wire.PushEntry.class, "PushEntry", Set.of()),
            new Pairing(Wire.PushRequest.class, "PushRequest", Set.of()),
            new Pairing(Wire.PushResult.class, "PushResult", Set.of()),
            new Pairing(Wire.PushResponse.class, "PushResponse", Set.of()),
            new Pairing(Wire.RemoteRecord.class, "Record", Set.of()),
            new Pairing(Wire.ConflictSide.class, "ConflictSide", Set.of()),
            new Pairing(Wire.Conflict.class, "Conflict", Set.of()),
            new Pairing(Wire.PullPage.class, "PullResponse", Set.of()),
            new Pairing(Wire.CaseloadAnswer.class, "CaseloadResponse", Set.of("userId", "username", "deviceId")),
            new Pairing(Wire.CaseloadDossier.class, "CaseloadResponse.dossiers", Set.of()),
            new Pairing(Wire.ErrorBody.class, "Error", Set.of())
        ).map(Arguments::of);
    }

    @Test
    void everyWireRecordIsPaired() {
        Set<Class<?>> paired = new LinkedHashSet<>();
        pairings().forEach(arguments -> paired.add(((Pairing) arguments.get()[0]).type()));
        assertThat(Arrays.stream(Wire.class.getDeclaredClasses()).filter(Class::isRecord)).containsExactlyInAnyOrderElementsOf(paired);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairings")
    void componentsAreSchemaPropertiesOfTheirType(Pairing pairing) {
        JsonNode properties = pairing.schemaNode().path("properties");
        for (RecordComponent component : pairing.type().getRecordComponents()) {
            JsonNode property = properties.get(component.getName());
            assertThat(property).as("%s.%s in openapi.yaml", pairing, component.getName()).isNotNull();
            assertThat(fits(component.getGenericType(), property))
                .as("%s.%s (%s) against %s", pairing, component.getName(), component.getGenericType(), property).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairings")
    void requiredPropertiesAreRead(Pairing pairing) {
        Set<String> components = new LinkedHashSet<>();
        Arrays.stream(pairing.type().getRecordComponents()).forEach(component -> components.add(component.getName()));
        List<String> unreadRequired = new ArrayList<>();
        pairing.schemaNode().path("required").forEach(name -> {
            if (!components.contains(name.asText())) {
                unreadRequired.add(name.asText());
            }
        });
        assertThat(unreadRequired).as("required by %s but not a component", pairing).containsExactlyInAnyOrderElementsOf(pairing.unread());
    }

    @Test
    void pushOutcomesAreTheYamlsResults() {
        assertThat(Arrays.stream(PushOutcome.values()).map(PushOutcome::code))
            .containsExactlyElementsOf(texts(OpenApiDocument.schema(SPEC, "PushResult").path("properties").path("result").path("enum")));
    }

    @Test
    void rejectReasonsAreTheYamlsReasons() {
        assertThat(Arrays.stream(RejectReason.values()).map(RejectReason::code))
            .containsExactlyElementsOf(texts(OpenApiDocument.schema(SPEC, "PushResult").path("properties").path("reason").path("enum")));
    }

    @Test
    void conflictStatusesAreTheYamlsStatuses() {
        assertThat(Arrays.stream(ConflictStatus.values()).map(ConflictStatus::code))
            .containsExactlyElementsOf(texts(OpenApiDocument.schema(SPEC, "Conflict").path("properties").path("status").path("enum")));
    }

    /** Every error code the yaml's responses name is an {@link ErrorCode} with that response's kind of status. */
    @Test
    void errorCodesTheYamlNamesAreKnown() {
        Pattern named = Pattern.compile("\\(codes? (?:such as )?([a-z, -]+)\\)|code ([a-z]+(?:-[a-z]+)+)");
        List<String> mentioned = new ArrayList<>();
        SPEC.path("components").path("responses").forEach(response -> {
            Matcher matcher = named.matcher(response.path("description").asText());
            while (matcher.find()) {
                String list = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                Arrays.stream(list.split(",")).map(String::trim).filter(code -> !code.isEmpty()).forEach(mentioned::add);
            }
        });
        assertThat(mentioned).contains("malformed-json", "client-too-old", "busy", "too-large", "not-found");
        for (String code : mentioned) {
            assertThat(ErrorCode.fromCode(code)).as("error code %s named in openapi.yaml", code).isPresent();
        }
    }

    @Test
    void unknownCodesAreEmptyNotErrors() {
        assertThat(RejectReason.fromCode("some-future-reason")).isEmpty();
        assertThat(RejectReason.fromCode(null)).isEmpty();
        assertThat(PushOutcome.fromCode("postponed")).isEmpty();
        assertThat(ErrorCode.fromCode("teapot")).isEmpty();
        assertThat(RejectReason.fromCode("frozen")).contains(RejectReason.FROZEN);
        assertThat(ErrorCode.fromCode("client-too-old").map(ErrorCode::status)).contains(426);
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("an enum list in openapi.yaml").isTrue();
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** Whether a component's Java type can hold what the yaml property describes. */
    private static boolean fits(Type type, JsonNode property) {
        if (property.has("$ref")) {
            String schema = property.get("$ref").asText().replace("#/components/schemas/", "");
            return type instanceof Class<?> record && record.isRecord() && pairingSchema(record).equals(schema);
        }
        String yamlType = property.path("type").asText("");
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return yamlType.equals("array") && fits(list.getActualTypeArguments()[0], property.path("items"));
        }
        if (type == UUID.class) {
            return yamlType.equals("string") && property.path("format").asText().equals("uuid");
        }
        if (type == String.class) {
            return yamlType.equals("string");
        }
        if (type == int.class || type == long.class || type == Long.class) {
            return yamlType.equals("integer");
        }
        if (type == boolean.class) {
            return yamlType.equals("boolean");
        }
        if (type == ObjectNode.class) {
            return yamlType.equals("object");
        }
        if (type == JsonNode.class) {
            return yamlType.isEmpty();
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            return yamlType.equals("object") || pairingSchema(record).contains(".");
        }
        return false;
    }

    private static String pairingSchema(Class<?> record) {
        return pairings().map(arguments -> (Pairing) arguments.get()[0]).filter(pairing -> pairing.type() == record)
            .map(Pairing::schema).findFirst().orElse("");
    }
}
