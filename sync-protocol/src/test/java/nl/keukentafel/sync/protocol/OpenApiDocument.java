package nl.keukentafel.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code docs/api/openapi.yaml} as a JSON tree. */
final class OpenApiDocument {
    private OpenApiDocument() {
    }

    static JsonNode load() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(locate().toFile());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** A schema under {@code components.schemas}; fails when there is none of that name. */
    static JsonNode schema(JsonNode document, String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        if (!schema.isObject()) {
            throw new AssertionError("openapi.yaml has no schema " + name);
        }
        return schema;
    }

    /** Surefire runs in the module directory; the spec lives at the repository root. */
    private static Path locate() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve("docs/api/openapi.yaml");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/api/openapi.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
