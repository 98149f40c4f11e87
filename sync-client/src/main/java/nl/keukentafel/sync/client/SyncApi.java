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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.keukentafel.sync.protocol.ProtocolJson;
import nl.keukentafel.sync.protocol.Wire;

/**
 * The HTTP calls of the sync API (docs/api/openapi.yaml). gzip request bodies and answers; every failure
 * becomes a {@link SyncException} with a kind the app can act on. Thread-safe.
 */
public final class SyncApi {
    /**
     * The most an answer may take, on the wire and after gzip: far above a pull page of 500 records, and low enough
     * that a hostile or broken server cannot exhaust the app's memory (a 3 MB gzip can inflate to gigabytes).
     */
    public static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;
    /** The error code of an answer that is not what the protocol promises (also: too large). */
    public static final String MALFORMED_REPLY = "malformed-reply";
    /** The error code when the address would send secrets in clear ({@link ServerAddress}). */
    public static final String INSECURE_ADDRESS = "insecure-address";
    /** The error code when the server's TLS certificate is not trusted. */
    public static final String CERTIFICATE_REFUSED = "certificate-refused";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /**
     * With the 10 s connect timeout, within the 20 s a closing {@link SyncLoop} waits for its round, so a rotated token
     * is stored before the vault is locked.
     */
    private static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(8);
    private final URI base;
    private final boolean allowed;
    private final HttpClient http;

    public SyncApi(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.allowed = ServerAddress.allowed(this.base);
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

    /**
     * Exchanges the refresh token. The server rotates it on use, so once asked, the answer must be received and kept
     * even when the caller is interrupted (the vault being locked mid-round): the call runs to its end on its own
     * thread, bounded by {@link #REFRESH_TIMEOUT}, and the caller's interrupt is restored afterwards.
     */
    public Wire.TokenGrant refresh(String refreshToken) throws SyncException {
        HttpRequest.Builder request = post("auth/refresh", Map.of("schema", Wire.SCHEMA, "refreshToken", refreshToken))
                .timeout(REFRESH_TIMEOUT);
        CompletableFuture<Wire.TokenGrant> exchange = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                exchange.complete(send(request, null, Wire.TokenGrant.class));
            } catch (Throwable failure) {
                exchange.completeExceptionally(failure);
            }
        }, "sync-refresh");
        worker.setDaemon(true);
        worker.start();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return exchange.get();
                } catch (InterruptedException later) {
                    interrupted = true;
                } catch (ExecutionException failed) {
                    throw rethrown(failed.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static SyncException rethrown(Throwable failure) {
        if (failure instanceof SyncException sync) {
            return sync;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new SyncException(SyncException.Kind.UNREACHABLE, 0, "unreachable", null, failure);
    }

    /** The server's answers, one per entry of {@code batch} in order; anything else is a malformed reply. */
    public Wire.PushResponse push(String accessToken, Wire.PushRequest batch) throws SyncException {
        Wire.PushResponse response = send(post("sync/push", batch), accessToken, Wire.PushResponse.class);
        return checked(response, response.answers(batch.entries()));
    }

    /** One page; a page missing anything the client relies on is a malformed reply, refused whole. */
    public Wire.PullPage pull(String accessToken, String cursor, int limit) throws SyncException {
        String query = "sync/pull?limit=" + limit + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        Wire.PullPage page = send(request(query).GET(), accessToken, Wire.PullPage.class);
        return checked(page, page.wellFormed());
    }

    /** The dossiers in the caller's caseload, as the server sees it. */
    public Wire.CaseloadAnswer caseload(String accessToken) throws SyncException {
        Wire.CaseloadAnswer answer = send(request("me/caseload").GET(), accessToken, Wire.CaseloadAnswer.class);
        return checked(answer, answer.wellFormed());
    }

    private static <T> T checked(T answer, boolean wellFormed) throws SyncException {
        if (!wellFormed) {
            throw new SyncException(SyncException.Kind.SERVER_TROUBLE, 200, MALFORMED_REPLY, null, null);
        }
        return answer;
    }

    /** The size in bytes of a batch as it goes on the wire before gzip; used to bound batches. */
    public static int jsonSize(Object value) {
        try {
            return ProtocolJson.MAPPER.writeValueAsBytes(value).length;
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private HttpRequest.Builder post(String path, Object body) {
        try {
            return request(path).header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(ProtocolJson.MAPPER.writeValueAsBytes(body))));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Accept-Encoding", "gzip").header("X-Keukentafel-Client-Schema", Integer.toString(Wire.SCHEMA));
    }

    private <T> T send(HttpRequest.Builder builder, String accessToken, Class<T> type) throws SyncException {
        if (!allowed) {
            // Nothing goes out: a password or token over plain http to another computer is readable on the way.
            throw new SyncException(SyncException.Kind.REFUSED, 0, INSECURE_ADDRESS, null, null);
        }
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        HttpResponse<InputStream> response;
        try {
            response = sendOnce(builder.build());
        } catch (IOException unreachable) {
            throw new SyncException(SyncException.Kind.UNREACHABLE, 0,
                    certificateRefused(unreachable) ? CERTIFICATE_REFUSED : "unreachable", null, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SyncException(SyncException.Kind.UNREACHABLE, 0, "interrupted", null, interrupted);
        }
        byte[] body = readBody(response);
        int status = response.statusCode();
        if (status / 100 == 2) {
            return decode(body, ProtocolJson.MAPPER.constructType(type), status);
        }
        throw failure(status, body, retryAfter(response));
    }

    /**
     * Sends once more, at once, when the connection closed before a single byte of an answer came back to a request
     * that may be repeated: a kept-alive connection that the server or the load balancer closed for idleness just as
     * this request went out on it (HAProxy's {@code timeout http-keep-alive}; the JDK keeps idle connections longer).
     * The JDK does this itself for GET; a push may be repeated too, because the server answers an entry it has seen
     * with the answer it gave (ADR 0002: idempotent on client id and sequence). A login or a token refresh is never
     * sent twice: a refresh token is spent by its first use.
     */
    private HttpResponse<InputStream> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException closed) {
            if (!closedBeforeAnyAnswer(closed) || !repeatable(request)) {
                throw closed;
            }
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        }
    }

    private static boolean repeatable(HttpRequest request) {
        return "GET".equals(request.method()) || request.uri().getPath().endsWith("/sync/push");
    }

    private static boolean closedBeforeAnyAnswer(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (cause.getClass().getSimpleName().equals("ConnectionExpiredException")
                    || message != null && message.contains("received no bytes")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readBody(HttpResponse<InputStream> response) throws SyncException {
        boolean gzipped = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        try (InputStream raw = new BoundedInputStream(response.body(), MAX_ANSWER_BYTES);
             InputStream in = gzipped ? new BoundedInputStream(new GZIPInputStream(raw), MAX_ANSWER_BYTES) : raw) {
            return in.readAllBytes();
        } catch (BoundedInputStream.TooLarge tooLarge) {
            throw new SyncException(SyncException.Kind.SERVER_TROUBLE, response.statusCode(), MALFORMED_REPLY, null, tooLarge);
        } catch (IOException cut) {
            throw new SyncException(SyncException.Kind.UNREACHABLE, response.statusCode(), "connection-cut", null, cut);
        }
    }

    /** A certificate the JDK does not trust (self-signed, expired, another name) is not the same as no connection. */
    private static boolean certificateRefused(IOException failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof javax.net.ssl.SSLHandshakeException
                    || current instanceof java.security.cert.CertificateException) {
                return true;
            }
        }
        return false;
    }

    private static <T> T decode(byte[] body, JavaType type, int status) throws SyncException {
        try {
            T value = ProtocolJson.MAPPER.readValue(body, type);
            if (value == null) {
                throw new SyncException(SyncException.Kind.SERVER_TROUBLE, status, MALFORMED_REPLY, null, null);
            }
            return value;
        } catch (IOException | RuntimeException malformed) {
            // RuntimeException: a record's own checks refusing a value Jackson handed it.
            throw new SyncException(SyncException.Kind.SERVER_TROUBLE, status, MALFORMED_REPLY, null, malformed);
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
            Wire.ErrorBody error = ProtocolJson.MAPPER.readValue(body, Wire.ErrorBody.class);
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
