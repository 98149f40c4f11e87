package nl.keukentafel.sync.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import nl.keukentafel.sync.server.admin.Admin;
import nl.keukentafel.sync.server.db.ServerDatabase;

/**
 * A real server on loopback over a fresh real PostgreSQL database, with a hand-moved clock, plus a small
 * java.net.http client for tests. One per test class. Not thread-safe (test code).
 */
final class TestServer implements AutoCloseable {
    static final String PASSWORD = "correct horse battery staple";

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final SyncServerFixture fixture;
    final ServerDatabase database;
    final SyncServer server;
    final Admin admin;
    final HttpClient http = HttpClient.newHttpClient();

    TestServer() {
        this(TestPostgres.freshDatabase());
    }

    TestServer(nl.keukentafel.sync.server.db.DatabaseSettings settings) {
        fixture = SyncServerFixture.startOn(settings, clock);
        database = fixture.database();
        server = fixture.server();
        admin = fixture.admin();
    }

    /** An HTTP answer with its body parsed (null when empty). */
    record Reply(int status, JsonNode body, HttpResponse<byte[]> raw) {
        String code() {
            return body == null ? null : body.path("code").asText(null);
        }
    }

    /** A logged-in device: its tokens and ids. */
    record Session(String accessToken, String refreshToken, UUID userId, UUID deviceId) {
    }

    Session userWithDossiers(String username, UUID... dossiers) {
        admin.createUser(username, PASSWORD.toCharArray());
        for (UUID dossier : dossiers) {
            admin.assign(dossier, username);
        }
        return login(username);
    }

    Session login(String username) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("deviceName", "laptop of " + username);
        Reply reply = send(HttpRequest.newBuilder(uri("/auth/login")).POST(json(body)).header("Content-Type", "application/json"));
        if (reply.status() != 200) {
            throw new IllegalStateException("login failed: " + reply.status() + " " + reply.body());
        }
        return session(reply.body());
    }

    static Session session(JsonNode grant) {
        return new Session(grant.get("accessToken").asText(), grant.get("refreshToken").asText(),
            UUID.fromString(grant.get("userId").asText()), UUID.fromString(grant.get("deviceId").asText()));
    }

    Reply get(String path, Session session) {
        return send(authorised(HttpRequest.newBuilder(uri(path)).GET(), session));
    }

    Reply post(String path, Session session, JsonNode body) {
        return send(authorised(HttpRequest.newBuilder(uri(path)).POST(json(body)).header("Content-Type", "application/json"), session));
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
                bytes = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
            }
            return new Reply(response.statusCode(), bytes.length == 0 ? null : Json.MAPPER.readTree(bytes), response);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    URI uri(String pathAndQuery) {
        return server.baseUri().resolve(pathAndQuery);
    }

    /** A single number from SQL, for checking what the database holds. */
    long count(String sql) {
        return database.db().transaction(connection -> queryLong(connection, sql));
    }

    private static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, Session session) {
        return session == null ? request : request.header("Authorization", "Bearer " + session.accessToken());
    }

    static HttpRequest.BodyPublisher json(JsonNode body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void close() {
        fixture.close();
    }
}
