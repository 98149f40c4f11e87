package nl.keukentafel.sync.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** What the client tests with a hand-written loopback server share: the engine aimed at it, and a JSON answer. */
final class LoopbackStub {
    private LoopbackStub() {
    }

    /** A sync engine on {@code replica} talking to {@code server} on 127.0.0.1. */
    static SyncEngine engine(HttpServer server, MemoryReplica replica) {
        return new SyncEngine(new SyncApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")), replica,
            Clock.systemUTC(), status -> { });
    }

    /** Reads the request body and answers {@code status} with the JSON {@code body}. */
    static void send(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
