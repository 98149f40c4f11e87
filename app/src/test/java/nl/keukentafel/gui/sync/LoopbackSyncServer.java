package nl.keukentafel.gui.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A tiny server on loopback that speaks the sync protocol (docs/api/openapi.yaml) just far enough for the
 * screen tests: one account, every push applied, and a first pull page that brings one family record with an
 * open conflict on its household name. Not the reference server (that lives in sync-server); the app's tests
 * cannot depend on it. Thread-safe.
 */
final class LoopbackSyncServer implements AutoCloseable {
    static final String USERNAME = "anouk";
    static final String PASSWORD = "juist wachtwoord";
    static final String SERVER_NAME = "Familie Zonnebloem-de Wit";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final UUID dossierId;
    private final String localName;
    private final UUID conflictId = UUID.randomUUID();
    private final List<JsonNode> pushed = new CopyOnWriteArrayList<>();
    private volatile boolean resolved;

    LoopbackSyncServer(UUID dossierId, String localName) throws IOException {
        this.dossierId = dossierId;
        this.localName = localName;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> answer(exchange, 200, JSON.createObjectNode().put("status", "ok")));
        server.createContext("/auth/login", this::login);
        server.createContext("/auth/refresh", exchange -> answer(exchange, 200, grant()));
        server.createContext("/sync/push", this::push);
        server.createContext("/sync/pull", this::pull);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    UUID conflictId() {
        return conflictId;
    }

    /** True once a pushed entry said it resolves the conflict. */
    boolean conflictResolved() {
        return resolved;
    }

    private void login(HttpExchange exchange) throws IOException {
        JsonNode body = read(exchange);
        if (USERNAME.equals(body.path("username").asText()) && PASSWORD.equals(body.path("password").asText())) {
            answer(exchange, 200, grant());
        } else {
            answer(exchange, 401, JSON.createObjectNode().put("code", "invalid-credentials").put("message", "refused"));
        }
    }

    private ObjectNode grant() {
        return JSON.createObjectNode().put("accessToken", "access-" + UUID.randomUUID()).put("accessExpiresAt", "2099-01-01T00:00:00Z")
                .put("expiresIn", 900).put("refreshToken", "refresh-" + UUID.randomUUID()).put("refreshExpiresAt", "2099-01-01T00:00:00Z")
                .put("deviceId", UUID.randomUUID().toString()).put("userId", UUID.randomUUID().toString()).put("username", USERNAME);
    }

    private void push(HttpExchange exchange) throws IOException {
        JsonNode body = read(exchange);
        ArrayNode results = JSON.createArrayNode();
        long version = 3;
        for (JsonNode entry : body.path("entries")) {
            pushed.add(entry);
            for (JsonNode resolves : entry.path("resolves")) {
                resolved |= conflictId.toString().equals(resolves.asText());
            }
            results.addObject().put("clientId", entry.path("clientId").asText()).put("clientSeq", entry.path("clientSeq").asLong())
                    .put("recordId", entry.path("recordId").asText()).put("result", "applied").put("version", version++);
        }
        ObjectNode answer = JSON.createObjectNode().put("schema", 1);
        answer.set("results", results);
        answer(exchange, 200, answer);
    }

    private void pull(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        boolean first = query == null || !query.contains("cursor=") || query.contains("cursor=&") || query.endsWith("cursor=");
        ObjectNode page = JSON.createObjectNode().put("schema", 1).put("cursor", "Mg==").put("hasMore", false);
        ArrayNode records = page.putArray("records");
        ArrayNode conflicts = page.putArray("conflicts");
        page.putArray("removed");
        if (first) {
            ObjectNode family = records.addObject().put("id", dossierId.toString()).put("kind", "family")
                    .put("dossierId", dossierId.toString()).put("version", 2).put("deleted", false)
                    .put("updatedAt", "2026-03-02T13:32:00Z");
            family.putObject("fields").put("householdName", SERVER_NAME);
        }
        if (first || resolved) {
            ObjectNode conflict = conflicts.addObject().put("id", conflictId.toString()).put("recordId", dossierId.toString())
                    .put("dossierId", dossierId.toString()).put("kind", "family").put("field", "householdName")
                    .put("status", resolved ? "resolved" : "open");
            conflict.putObject("server").put("value", SERVER_NAME).put("deleted", false).put("version", 2)
                    .put("author", "Petra Visser").put("deviceId", UUID.randomUUID().toString()).put("at", "2026-03-02T13:32:00Z");
            conflict.putObject("client").put("value", localName).put("deleted", false).put("version", 1)
                    .put("author", "Anouk Consulent").put("deviceId", UUID.randomUUID().toString()).put("at", "2026-03-02T09:10:00Z");
        }
        answer(exchange, 200, page);
    }

    private static JsonNode read(HttpExchange exchange) throws IOException {
        boolean gzipped = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
        try (InputStream raw = exchange.getRequestBody(); InputStream in = gzipped ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readAllBytes();
            return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        }
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
