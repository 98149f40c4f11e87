package nl.keukentafel.sync.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One operation: method, path template ({@code /dossiers/{dossierId}/records}), whether it is public (no bearer
 * token), the largest (inflated) body it takes, and what it does. The OpenAPI test compares these with
 * {@code docs/api/openapi.yaml}. Immutable.
 */
public record Route(String method, String path, boolean isPublic, int maxBodyBytes, Handler handler) {
    /** Reads take no body; a little room keeps clients that send "{}" working. */
    public static final int SMALL_BODY_BYTES = 4 * 1024;

    /** Answers one call with a JSON body (status 200). */
    @FunctionalInterface
    public interface Handler {
        JsonNode handle(ApiRequest request);
    }

    public Route {
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must not be negative");
        }
    }

    /** A route that takes at most a small body. */
    public Route(String method, String path, boolean isPublic, Handler handler) {
        this(method, path, isPublic, SMALL_BODY_BYTES, handler);
    }

    /** The path parameters when {@code actualPath} fits this template. */
    public Optional<Map<String, String>> match(String actualPath) {
        String[] template = path.split("/", -1);
        String[] actual = actualPath.split("/", -1);
        if (template.length != actual.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int index = 0; index < template.length; index++) {
            String part = template[index];
            if (part.startsWith("{") && part.endsWith("}")) {
                if (actual[index].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(part.substring(1, part.length() - 1), actual[index]);
            } else if (!part.equals(actual[index])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }
}
