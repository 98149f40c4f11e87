package nl.keukentafel.bench.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The baseline beside each sync measurement: the same JSON bytes moved by a plain JDK HTTP server (gzip, as sync
 * does), and the same rows inserted into a plain, unencrypted SQLite file in one transaction. No protocol, no
 * merge, no encryption, no audit. Not thread-safe.
 */
final class PlainBaseline implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private volatile List<byte[]> pages = List.of();

    PlainBaseline() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int page = Integer.parseInt(exchange.getRequestURI().getPath().substring(1));
            byte[] body = gzip(pages.get(page));
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** GETs every page (gzip) and unpacks it, as a client would; returns the bytes that crossed the wire (bodies only). */
    long transfer(List<byte[]> jsonPages) throws IOException, InterruptedException {
        pages = jsonPages;
        long wire = 0;
        for (int index = 0; index < jsonPages.size(); index++) {
            URI page = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + index);
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(page).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
            wire += response.body().length;
            new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
        }
        return wire;
    }

    /** Inserts the records of the pages into a fresh plain SQLite file, one transaction, as the vault's record table. */
    static int insert(Path file, List<byte[]> jsonPages) throws IOException, SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("pragma journal_mode = wal");
                statement.execute("pragma synchronous = full");
                statement.execute("create table if not exists record (id text primary key, kind text, dossier_id text, version integer,"
                    + " deleted integer, body text)");
            }
            connection.setAutoCommit(false);
            int rows = 0;
            try (PreparedStatement insert = connection.prepareStatement(
                "insert or replace into record (id, kind, dossier_id, version, deleted, body) values (?, ?, ?, ?, ?, ?)")) {
                for (byte[] page : jsonPages) {
                    for (JsonNode record : JSON.readTree(page).get("records")) {
                        insert.setString(1, record.get("id").asText());
                        insert.setString(2, record.get("kind").asText());
                        insert.setString(3, record.get("dossierId").asText());
                        insert.setLong(4, record.get("version").asLong());
                        insert.setInt(5, record.get("deleted").asBoolean() ? 1 : 0);
                        insert.setString(6, record.get("fields").toString());
                        insert.addBatch();
                        rows++;
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return rows;
        }
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(plain);
        }
        return buffer.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
