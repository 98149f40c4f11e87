package nl.keukentafel.sync.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import nl.keukentafel.sync.protocol.ErrorCode;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.auth.Principal;

/** One call after routing: path parameters, query, the (already inflated) body, the caller when authenticated, and the
 * address the call came from (for throttling logins). Immutable apart from the body array, which nobody writes. */
public record ApiRequest(Map<String, String> pathParameters, Map<String, String> query, byte[] body, Optional<Principal> principal,
                         String source) {

    /** The caller; only routes that are not public are called, and those always have one. */
    public Principal caller() {
        return principal.orElseThrow(() -> ApiException.unauthorized("Authentication required."));
    }

    public JsonNode json() {
        if (body.length == 0) {
            throw ApiException.badRequest(ErrorCode.MALFORMED_JSON, "The request needs a JSON body.");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw ApiException.badRequest(ErrorCode.MALFORMED_JSON, "The body is not valid JSON.");
        } catch (IOException unreadable) {
            throw ApiException.badRequest(ErrorCode.MALFORMED_JSON, "The body could not be read.");
        }
    }

    public String pathParameter(String name) {
        return pathParameters.get(name);
    }

    public String queryParameter(String name) {
        return query.get(name);
    }
}
