package nl.keukentafel.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.keukentafel.sync.server.admin.Admin;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.db.DatabaseSettings;
import nl.keukentafel.sync.server.db.ServerDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default as an operator meets it: the real command in its own process, an admin step while it runs,
 * a kill -9, and a restart on the same data directory that finds its data again.
 */
class EmbeddedRecoveryTest {
    @TempDir
    Path data;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aKilledServersDatabaseIsRecoveredAndKeepsItsData() throws Exception {
        Process server = startServerProcess();
        try {
            URI base = awaitListening(server);
            DatabaseSettings embedded = DatabaseSettings.embedded(data);
            try (ServerDatabase shared = ServerDatabase.open(embedded)) {
                new Admin(shared.db(), new PasswordHasher(PasswordHasher.FAST_FOR_TESTS), Clock.systemUTC())
                    .createUser("overlever", TestServer.PASSWORD.toCharArray());
            }
            String login = "{\"username\":\"overlever\",\"password\":\"" + TestServer.PASSWORD + "\",\"deviceName\":\"x\"}";
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/auth/login"))
                .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
        } finally {
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        long orphan = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("kill -9 leaves PostgreSQL running").hasValue(true);

        try (ServerDatabase restarted = ServerDatabase.open(DatabaseSettings.embedded(data))) {
            long users = restarted.db().transaction(connection -> {
                try (var rows = connection.createStatement().executeQuery("select count(*) from app_user where username = 'overlever'")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertThat(users).isEqualTo(1);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private Process startServerProcess() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
            ServerMain.class.getName(), "serve", "--data", data.toString(), "--port", "0"))
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static URI awaitListening(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String marker = "listening on ";
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains(marker)) {
                return URI.create(line.substring(line.indexOf(marker) + marker.length()).trim());
            }
        }
        throw new AssertionError("the server process ended without listening; exit " + server.waitFor());
    }
}
