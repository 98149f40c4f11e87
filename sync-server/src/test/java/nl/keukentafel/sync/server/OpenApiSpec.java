package nl.keukentafel.sync.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code docs/api/openapi.yaml}, parsed: the document and its operations. Immutable. */
record OpenApiSpec(JsonNode document, List<Operation> operations) {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** One operation: method (upper case), path template, and whether it declares {@code security: []}. */
    record Operation(String method, String path, boolean isPublic) {
        String key() {
            return method + " " + path;
        }
    }

    static OpenApiSpec load() {
        Path file = locate();
        try {
            JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            List<Operation> operations = new ArrayList<>();
            for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                    if (METHODS.contains(method.getKey())) {
                        JsonNode security = method.getValue().get("security");
                        boolean isPublic = security != null && security.isArray() && security.isEmpty();
                        operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), isPublic));
                    }
                }
            }
            return new OpenApiSpec(document, List.copyOf(operations));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
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
