package nl.keukentafel.sync.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.keukentafel.sync.protocol.ErrorCode;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.auth.AuthService;
import nl.keukentafel.sync.server.http.ApiException;
import nl.keukentafel.sync.server.http.ApiRequest;

/** {@code POST /auth/login} and {@code POST /auth/refresh}: JSON in, a token grant out. Thread-safe. */
public final class AuthRoutes {
    private static final int MAX_NAME = 100;
    private static final int MAX_PASSWORD = 1024;
    private static final int MAX_DEVICE_NAME = 200;

    private final AuthService auth;

    public AuthRoutes(AuthService auth) {
        this.auth = auth;
    }

    public ObjectNode login(ApiRequest request) {
        JsonNode body = request.json();
        String username = text(body, "username", MAX_NAME);
        String password = text(body, "password", MAX_PASSWORD);
        String deviceName = text(body, "deviceName", MAX_DEVICE_NAME);
        return grant(auth.login(username, password.toCharArray(), deviceName, request.source()));
    }

    public ObjectNode refresh(ApiRequest request) {
        return grant(auth.refresh(text(request.json(), "refreshToken", 200)));
    }

    private static String text(JsonNode body, String name, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank() || value.asText().length() > maxLength) {
            throw ApiException.badRequest(ErrorCode.MALFORMED_REQUEST, name + " is required (text, at most " + maxLength + " characters).");
        }
        return value.asText();
    }

    private static ObjectNode grant(AuthService.Grant grant) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("schema", Json.SCHEMA);
        body.put("tokenType", "Bearer");
        body.put("accessToken", grant.accessToken());
        body.put("accessExpiresAt", grant.accessExpiresAt().toString());
        body.put("expiresIn", AuthService.ACCESS_LIFETIME.toSeconds());
        body.put("refreshToken", grant.refreshToken());
        body.put("refreshExpiresAt", grant.refreshExpiresAt().toString());
        body.put("deviceId", grant.deviceId().toString());
        body.put("userId", grant.userId().toString());
        body.put("username", grant.username());
        return body;
    }
}
