package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A hostile server on loopback (issue 10): answers too large on the wire or after gzip, envelopes with holes, a cursor
 * that never moves on. Each must end as a malformed reply or a failed round — never an OutOfMemoryError, a hang or a
 * sync loop that stops for good.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileServerTest {
    private static final String TOKENS = "{\"accessToken\":\"a\",\"expiresIn\":900,\"refreshToken\":\"refresh-2\"}";
    /** 3 MB or so of gzip that inflates to far beyond {@link SyncApi#MAX_ANSWER_BYTES}. */
    private static byte[] gzipBomb;

    private HttpServer server;
    private SyncApi api;
    private final AtomicReference<Answer> pullAnswer = new AtomicReference<>();
    private final AtomicInteger pulls = new AtomicInteger();

    @FunctionalInterface
    interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    @BeforeAll
    static void makeBomb() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (OutputStream out = new GZIPOutputStream(compressed, 1 << 16)) {
            for (int mebibyte = 0; mebibyte < SyncApi.MAX_ANSWER_BYTES / (1 << 20) * 4; mebibyte++) {
                out.write(zeros);
            }
        }
        gzipBomb = compressed.toByteArray();
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/auth/refresh", exchange -> json(exchange, TOKENS));
        server.createContext("/me/caseload", exchange -> json(exchange, "{\"schema\":1,\"dossiers\":[]}"));
        server.createContext("/sync/pull", exchange -> {
            pulls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            pullAnswer.get().send(exchange);
        });
        server.start();
        api = new SyncApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aGzipBombIsAMalformedReplyNotAnOutOfMemoryError() {
        assertThat(gzipBomb.length).isLessThan(SyncApi.MAX_ANSWER_BYTES / 8);
        pullAnswer.set(exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            send(exchange, gzipBomb);
        });
        assertTooLarge();
    }

    @Test
    void anAnswerTooLargeOnTheWireIsAMalformedReply() {
        pullAnswer.set(exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write("{\"schema\":1,\"cursor\":\"".getBytes(StandardCharsets.US_ASCII));
                byte[] padding = "x".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                for (long sent = 0; sent <= SyncApi.MAX_ANSWER_BYTES; sent += padding.length) {
                    body.write(padding);
                }
            } catch (IOException clientHungUp) {
                // expected: the client stops reading at its bound
            }
        });
        assertTooLarge();
    }

    @Test
    void aRecordWithoutDossierOrAnEmptyConflictIsAMalformedReply() {
        pullAnswer.set(exchange -> json(exchange, "{\"schema\":1,\"cursor\":\"c\",\"hasMore\":false,\"records\":[{\"id\":"
                + "\"0190d5c8-0000-7000-8000-000000000001\",\"kind\":\"family\",\"dossierId\":null,\"version\":1,"
                + "\"fields\":{}}],\"conflicts\":[],\"removed\":[]}"));
        assertMalformed();
        pullAnswer.set(exchange -> json(exchange, "{\"schema\":1,\"cursor\":\"c\",\"hasMore\":false,\"records\":[],"
                + "\"conflicts\":[{}],\"removed\":[]}"));
        assertMalformed();
        pullAnswer.set(exchange -> json(exchange, "{\"schema\":1,\"cursor\":\"c\",\"hasMore\":false,\"records\":[null],"
                + "\"conflicts\":[],\"removed\":[null]}"));
        assertMalformed();
    }

    @Test
    void aCursorThatDoesNotMoveOnEndsTheRound() {
        pullAnswer.set(exchange -> json(exchange, "{\"schema\":1,\"cursor\":\"same\",\"hasMore\":true,\"records\":[],"
                + "\"conflicts\":[],\"removed\":[]}"));
        MemoryReplica replica = new MemoryReplica();
        SyncEngine engine = new SyncEngine(api, replica, Clock.systemUTC(), status -> { });
        assertThatThrownBy(engine::runRound).isInstanceOfSatisfying(SyncException.class, failure -> {
            assertThat(failure.code()).isEqualTo(SyncEngine.CURSOR_STUCK);
            assertThat(failure.transientFailure()).isTrue();
        });
        assertThat(pulls.get()).as("the first page moved from nothing to 'same'; the second did not move").isEqualTo(2);
    }

    @Test
    void theLoopSurvivesAnErrorInARoundAnswersItsWaitersAndRunsAgain() throws Exception {
        pullAnswer.set(exchange -> json(exchange, "{\"schema\":1,\"cursor\":\"next\",\"hasMore\":false,\"records\":[],"
                + "\"conflicts\":[],\"removed\":[]}"));
        MemoryReplica replica = new MemoryReplica();
        replica.failNextApply = new OutOfMemoryError("played by the test");
        SyncEngine engine = new SyncEngine(api, replica, Clock.systemUTC(), status -> { });
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        try (SyncLoop loop = new SyncLoop(engine, Duration.ofHours(1), Clock.systemUTC(), status -> { }, random)) {
            CompletableFuture<SyncStatus> first = loop.runNow();
            assertThatThrownBy(() -> first.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(OutOfMemoryError.class);
            SyncStatus second = loop.runNow().get(20, TimeUnit.SECONDS);
            assertThat(second.state()).isEqualTo(SyncStatus.State.SYNCED);
            assertThat(replica.cursor).isEqualTo("next");
        }
    }

    /** Refused at the bound, not after reading it all and failing to parse it. */
    private void assertTooLarge() {
        assertThatThrownBy(() -> api.pull("token", null, 10)).isInstanceOfSatisfying(SyncException.class, failure -> {
            assertThat(failure.code()).isEqualTo(SyncApi.MALFORMED_REPLY);
            assertThat(failure.getCause()).isInstanceOf(BoundedInputStream.TooLarge.class);
        });
    }

    private void assertMalformed() {
        assertThatThrownBy(() -> api.pull("token", null, 10)).isInstanceOfSatisfying(SyncException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(SyncException.Kind.SERVER_TROUBLE);
            assertThat(failure.code()).isEqualTo(SyncApi.MALFORMED_REPLY);
        });
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        send(exchange, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException clientHungUp) {
            // expected when the client stops reading at its bound
        }
    }
}
