package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.keukentafel.sync.protocol.Wire;

/**
 * The client's transport against a real HTTP server on loopback that answers what a troubled server or a
 * broken proxy would: gzip, 500, 429 with Retry-After, malformed JSON, 401, 426, a cut connection.
 */
class SyncApiTransportTest {
    private HttpServer server;
    private SyncApi api;
    private final AtomicReference<Reply> reply = new AtomicReference<>();
    private final AtomicReference<byte[]> lastRequestBody = new AtomicReference<>();
    private final AtomicReference<String> lastContentEncoding = new AtomicReference<>();

    record Reply(int status, String body, boolean gzip, String retryAfter) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        api = new SyncApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        lastRequestBody.set(exchange.getRequestBody().readAllBytes());
        lastContentEncoding.set(exchange.getRequestHeaders().getFirst("Content-Encoding"));
        Reply current = reply.get();
        if (current.status() == 0) {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("{\"schema\":1,".getBytes(StandardCharsets.UTF_8));
            exchange.close();
            return;
        }
        byte[] body = current.body().getBytes(StandardCharsets.UTF_8);
        if (current.gzip()) {
            body = SyncApi.gzip(body);
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        if (current.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", current.retryAfter());
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(current.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void sendsGzipAndReadsGzip() throws Exception {
        reply.set(new Reply(200, "{\"schema\":1,\"cursor\":\"abc\",\"hasMore\":false,\"records\":[],\"conflicts\":[],"
                + "\"removed\":[],\"futureField\":42}", true, null));
        Wire.PullPage page = api.pull("token", null, 10);
        assertThat(page.cursor()).isEqualTo("abc");

        reply.set(new Reply(200, "{\"schema\":1,\"results\":[]}", false, null));
        api.push("token", new Wire.PushRequest(1, List.of()));
        assertThat(lastContentEncoding.get()).isEqualTo("gzip");
        assertThat(new String(SyncApi.gunzip(lastRequestBody.get()), StandardCharsets.UTF_8)).contains("\"entries\":[]");
    }

    @Test
    void serverTroubleIsTransientAndCarriesRetryAfter() {
        reply.set(new Reply(503, "{\"code\":\"database-unavailable\",\"message\":\"x\"}", false, "7"));
        assertThatThrownBy(() -> api.pull("token", null, 10)).isInstanceOfSatisfying(SyncException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(SyncException.Kind.SERVER_TROUBLE);
            assertThat(failure.code()).isEqualTo("database-unavailable");
            assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
            assertThat(failure.transientFailure()).isTrue();
        });
    }

    @Test
    void malformedJsonIsServerTroubleNotACrash() {
        reply.set(new Reply(200, "{\"schema\":1,\"cursor\":", false, null));
        assertThatThrownBy(() -> api.pull("token", null, 10)).isInstanceOfSatisfying(SyncException.class,
                failure -> assertThat(failure.code()).isEqualTo("malformed-reply"));
        reply.set(new Reply(500, "<html>proxy error</html>", false, null));
        assertThatThrownBy(() -> api.pull("token", null, 10)).isInstanceOfSatisfying(SyncException.class,
                failure -> assertThat(failure.code()).isEqualTo("http-500"));
    }

    @Test
    void cutConnectionIsUnreachable() {
        reply.set(new Reply(0, "", false, null));
        assertThatThrownBy(() -> api.pull("token", null, 10)).isInstanceOfSatisfying(SyncException.class,
                failure -> assertThat(failure.kind()).isEqualTo(SyncException.Kind.UNREACHABLE));
    }

    @Test
    void unauthorizedAndTooOldNeedTheUser() {
        reply.set(new Reply(401, "{\"code\":\"unauthorized\",\"message\":\"x\"}", false, null));
        assertThatThrownBy(() -> api.pull("token", null, 10)).isInstanceOfSatisfying(SyncException.class,
                failure -> assertThat(failure.kind()).isEqualTo(SyncException.Kind.UNAUTHORIZED));
        reply.set(new Reply(426, "{\"code\":\"client-too-old\",\"message\":\"x\"}", false, null));
        assertThatThrownBy(() -> api.pull("token", null, 10)).isInstanceOfSatisfying(SyncException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(SyncException.Kind.CLIENT_TOO_OLD);
            assertThat(failure.transientFailure()).isFalse();
        });
    }

    @Test
    void nothingListensIsUnreachable() {
        SyncApi nowhere = new SyncApi(URI.create("http://127.0.0.1:1/"));
        assertThatThrownBy(nowhere::health).isInstanceOfSatisfying(SyncException.class,
                failure -> assertThat(failure.kind()).isEqualTo(SyncException.Kind.UNREACHABLE));
    }
}
