package nl.keukentafel.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import nl.keukentafel.sync.server.db.DatabaseSettings;
import nl.keukentafel.sync.server.db.ServerDatabase;

/**
 * What the server holds, read the way an operator or a repair download would: a dossier's records and conflicts
 * over the API (straight to the server, past any proxy), and counts straight from its PostgreSQL. Not thread-safe.
 */
public final class ServerView {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A record as the server has it now. */
    public record ServerRecord(UUID id, String kind, UUID dossierId, long version, boolean deleted, JsonNode fields) {
    }

    private final URI server;
    private final String accessToken;
    private final DatabaseSettings database;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServerView(URI server, String accessToken, DatabaseSettings database) {
        this.server = server;
        this.accessToken = accessToken;
        this.database = database;
    }

    /** Logs in as {@code username} directly at the server. */
    public static ServerView as(String username, URI server, Path data) throws IOException {
        return as(username, server, DatabaseSettings.embedded(data));
    }

    /** The same for a server on any database (an external PostgreSQL behind several instances). */
    public static ServerView as(String username, URI server, DatabaseSettings database) throws IOException {
        String login = JSON.createObjectNode().put("username", username).put("password", ServerProcess.PASSWORD)
            .put("deviceName", "checker").toString();
        JsonNode grant = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(server.resolve("/auth/login"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(login)));
        return new ServerView(server, grant.get("accessToken").asText(), database);
    }

    public Map<UUID, ServerRecord> records(UUID dossierId) throws IOException {
        JsonNode body = get("/dossiers/" + dossierId + "/records");
        Map<UUID, ServerRecord> records = new LinkedHashMap<>();
        for (JsonNode record : body.get("records")) {
            UUID id = UUID.fromString(record.get("id").asText());
            records.put(id, new ServerRecord(id, record.get("kind").asText(), UUID.fromString(record.get("dossierId").asText()),
                record.get("version").asLong(), record.get("deleted").asBoolean(), record.get("fields")));
        }
        return records;
    }

    /** Open conflicts of a dossier, whole as JSON. */
    public List<JsonNode> openConflicts(UUID dossierId) throws IOException {
        List<JsonNode> open = new ArrayList<>();
        get("/dossiers/" + dossierId + "/conflicts?status=open").get("conflicts").forEach(open::add);
        return open;
    }

    /** Every conflict of a dossier, open or resolved. */
    public List<JsonNode> allConflicts(UUID dossierId) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        get("/dossiers/" + dossierId + "/conflicts?status=all").get("conflicts").forEach(all::add);
        return all;
    }

    /** Every value a field of a record ever had on the server (its history), as JSON text. */
    public List<JsonNode> history(UUID recordId) throws IOException {
        List<JsonNode> versions = new ArrayList<>();
        get("/records/" + recordId + "/history").get("versions").forEach(versions::add);
        return versions;
    }

    /** One number from the server's database (while it runs). */
    public long count(String sql) {
        try (ServerDatabase opened = ServerDatabase.open(database)) {
            return opened.db().transaction(connection -> queryLong(connection, sql));
        }
    }

    private static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private JsonNode get(String path) throws IOException {
        return send(http, HttpRequest.newBuilder(server.resolve(path)).header("Authorization", "Bearer " + accessToken).GET());
    }

    private static JsonNode send(HttpClient http, HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(request.header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
                bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
            }
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for " + response.uri().getPath());
            }
            return JSON.readTree(bytes);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }
}
