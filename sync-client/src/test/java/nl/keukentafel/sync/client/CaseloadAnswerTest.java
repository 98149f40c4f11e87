package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The caseload answer ({@code GET /me/caseload}) is kept across rounds: a round that pulls a change in a known
 * dossier does not download the whole caseload again (issue 16: for a big caseload that was most of the bytes of one
 * changed field), while a dossier the last answer did not hold, or one a pull reported removed, asks again.
 */
class CaseloadAnswerTest {
    private static final String TOKENS = "{\"accessToken\":\"a\",\"expiresIn\":900,\"refreshToken\":\"refresh-2\"}";
    private static final UUID KNOWN = UUID.fromString("0190d5c8-0000-7000-8000-0000000000d1");
    private static final UUID JOINED = UUID.fromString("0190d5c8-0000-7000-8000-0000000000d2");

    private HttpServer server;
    private final AtomicInteger caseloadAsks = new AtomicInteger();
    private final AtomicReference<String> caseload = new AtomicReference<>();
    private final AtomicReference<String> page = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/auth/refresh", exchange -> json(exchange, TOKENS));
        server.createContext("/me/caseload", exchange -> {
            caseloadAsks.incrementAndGet();
            json(exchange, caseload.get());
        });
        server.createContext("/sync/pull", exchange -> json(exchange, page.get()));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void roundsInKnownDossiersAskOnceAndANewOrRemovedDossierAsksAgain() throws Exception {
        MemoryReplica replica = new MemoryReplica();
        SyncEngine engine = new SyncEngine(new SyncApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")), replica,
            Clock.systemUTC(), status -> { });
        caseload.set(caseloadOf(KNOWN));
        page.set(pageOf(KNOWN, "[]"));
        engine.runRound();
        engine.runRound();
        engine.runRound();
        assertThat(caseloadAsks).as("three rounds in a known dossier").hasValue(1);
        assertThat(replica.caseloads).allMatch(vouched -> vouched.equals(Set.of(KNOWN)));

        caseload.set(caseloadOf(KNOWN, JOINED));
        page.set(pageOf(JOINED, "[]"));
        engine.runRound();
        assertThat(caseloadAsks).as("a dossier the last answer did not hold").hasValue(2);
        assertThat(replica.caseloads.get(replica.caseloads.size() - 1)).isEqualTo(Set.of(KNOWN, JOINED));

        page.set(pageOf(KNOWN, "[\"" + JOINED + "\"]"));
        engine.runRound();
        caseload.set(caseloadOf(KNOWN));
        page.set(pageOf(JOINED, "[]"));
        engine.runRound();
        assertThat(caseloadAsks).as("a dossier a pull reported removed").hasValue(3);
        assertThat(replica.caseloads.get(replica.caseloads.size() - 1)).isEqualTo(Set.of(KNOWN));
    }

    static String caseloadOf(UUID... dossiers) {
        StringBuilder items = new StringBuilder();
        for (UUID dossier : dossiers) {
            items.append(items.isEmpty() ? "" : ",").append("{\"dossierId\":\"").append(dossier)
                .append("\",\"since\":\"2026-12-01T08:00:00Z\"}");
        }
        return "{\"schema\":1,\"dossiers\":[" + items + "]}";
    }

    static String pageOf(UUID dossier, String removed) {
        return "{\"schema\":1,\"cursor\":\"c" + UUID.randomUUID() + "\",\"hasMore\":false,\"records\":[{\"id\":\"" + UUID.randomUUID()
            + "\",\"kind\":\"member\",\"dossierId\":\"" + dossier + "\",\"version\":1,\"deleted\":false,\"fields\":{},"
            + "\"updatedAt\":\"2026-12-01T08:00:00Z\"}],\"conflicts\":[],\"removed\":" + removed + "}";
    }

    static void json(HttpExchange exchange, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
