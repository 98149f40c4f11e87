package nl.keukentafel.sync.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The HTTP calls of the sync API (docs/api/openapi.yaml). gzip request bodies and answers; every failure
 * becomes a {@link SyncException} with a kind the app can act on. Thread-safe.
 */
public final class SyncApi {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final URI base;
    private final HttpClient http;

    public SyncApi(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI base() {
        return base;
    }

    public void health() throws SyncException {
        send(request("health").GET(), null, Map.class);
    }

    public Wire.TokenGrant login(String username, char[] password, String deviceName) throws SyncException {
        Map<String, Object> body = Map.of("schema", Wire.SCHEMA, "username", username, "password", new String(password),
                "deviceName", deviceName);
        return send(post("auth/login", body), null, Wire.TokenGrant.class);
    }

    public Wire.TokenGrant refresh(String refreshToken) throws SyncException {
        return send(post("auth/refresh", Map.of("schema", Wire.SCHEMA, "refreshToken", refreshToken)), null, Wire.TokenGrant.class);
    }

    public Wire.PushResponse push(String accessToken, Wire.PushRequest batch) throws SyncException {
        return send(post("sync/push", batch), accessToken, Wire.PushResponse.class);
    }

    public Wire.PullPage pull(String accessToken, String cursor, int limit) throws SyncException {
        String query = "sync/pull?limit=" + limit + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return send(request(query).GET(), accessToken, Wire.PullPage.class);
    }

    /** The size in bytes of a batch as it goes on the wire before gzip; used to bound batches. */
    public static int jsonSize(Object value) {
        try {
            return Wire.JSON.writeValueAsBytes(value).length;
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private HttpRequest.Builder post(String path, Object body) {
        try {
            return request(path).header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(Wire.JSON.writeValueAsBytes(body))));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Accept-Encoding", "gzip").header("X-Keukentafel-Client-Schema", Integer.toString(Wire.SCHEMA));
    }

    private <T> T send(HttpRequest.Builder builder, String accessToken, Class<T> type) throws SyncException {
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException unreachable) {
            throw new SyncException(SyncException.Kind.UNREACHABLE, 0, "unreachable", null, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SyncException(SyncException.Kind.UNREACHABLE, 0, "interrupted", null, interrupted);
        }
        byte[] body = readBody(response);
        int status = response.statusCode();
        if (status / 100 == 2) {
            return decode(body, Wire.JSON.constructType(type), status);
        }
        throw failure(status, body, retryAfter(response));
    }

    private static byte[] readBody(HttpResponse<InputStream> response) throws SyncException {
        boolean gzipped = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        try (InputStream raw = response.body(); InputStream in = gzipped ? new GZIPInputStream(raw) : raw) {
            return in.readAllBytes();
        } catch (IOException cut) {
            throw new SyncException(SyncException.Kind.UNREACHABLE, response.statusCode(), "connection-cut", null, cut);
        }
    }

    private static <T> T decode(byte[] body, JavaType type, int status) throws SyncException {
        try {
            T value = Wire.JSON.readValue(body, type);
            if (value == null) {
                throw new SyncException(SyncException.Kind.SERVER_TROUBLE, status, "malformed-reply", null, null);
            }
            return value;
        } catch (IOException malformed) {
            throw new SyncException(SyncException.Kind.SERVER_TROUBLE, status, "malformed-reply", null, malformed);
        }
    }

    private static SyncException failure(int status, byte[] body, Duration retryAfter) {
        String code = errorCode(body).orElse("http-" + status);
        SyncException.Kind kind;
        if (status == 401) {
            kind = SyncException.Kind.UNAUTHORIZED;
        } else if (status == 426) {
            kind = SyncException.Kind.CLIENT_TOO_OLD;
        } else if (status == 429 || status == 408 || status / 100 == 5) {
            kind = SyncException.Kind.SERVER_TROUBLE;
        } else {
            kind = SyncException.Kind.REFUSED;
        }
        return new SyncException(kind, status, code, retryAfter, null);
    }

    private static Optional<String> errorCode(byte[] body) {
        try {
            Wire.ErrorBody error = Wire.JSON.readValue(body, Wire.ErrorBody.class);
            return Optional.ofNullable(error == null ? null : error.code()).filter(code -> code.matches("[a-z0-9-]{1,60}"));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
            } catch (NumberFormatException httpDate) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(plain);
        }
        return buffer.toByteArray();
    }

    static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
