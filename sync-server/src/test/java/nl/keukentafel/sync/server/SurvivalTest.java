package nl.keukentafel.sync.server;

import static nl.keukentafel.sync.server.Entries.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.keukentafel.sync.server.admin.Admin;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.db.DatabaseSettings;
import nl.keukentafel.sync.server.db.ServerDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's done-when: the real server process ({@code serve}, embedded PostgreSQL, 256 MiB heap) survives items 1,
 * 3 and 11 at once — gzip-bomb logins held open, stalled connections, and a big record with 50 stale updates — and
 * answers {@code /health} within a second afterwards. It prints the server's peak resident memory (VmHWM).
 *
 * <p>Every build runs it in this JVM with moderate counts (40 bombs, 200 stalled connections);
 * {@code -Dkeukentafel.survival.full=true} also runs the real server process at full size (500 bombs, 1500 stalled
 * connections; needs {@code ulimit -n} above 4096; about a minute). See docs/hardening.md.
 */
class SurvivalTest {
    private static final int FULL_BOMBS = 500;
    private static final int FULL_STALLED = 1500;
    private static final int REQUEST_SECONDS = 3;

    @TempDir
    Path data;

    /** In this JVM against the shared test database: fast, for every build. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theServerSurvivesBodiesStalledConnectionsAndABigPushAtOnce() throws Exception {
        try (TestServer server = new TestServer()) {
            UUID dossier = UUID.randomUUID();
            server.admin.createUser("overlever", TestServer.PASSWORD.toCharArray());
            server.admin.assign(dossier, "overlever");
            survive(server.server.baseUri(), dossier, 40, 200, () -> true);
        }
    }

    /** The real {@code serve} process with a 256 MiB heap, at full size; prints its peak resident memory. */
    @Test
    @EnabledIfSystemProperty(named = "keukentafel.survival.full", matches = "true")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theServerProcessSurvivesTheFullSizeAttack() throws Exception {
        Process server = start();
        try {
            URI base = awaitListening(server);
            UUID dossier = UUID.randomUUID();
            try (ServerDatabase shared = ServerDatabase.open(DatabaseSettings.embedded(data))) {
                Admin admin = new Admin(shared.db(), new PasswordHasher(PasswordHasher.FAST_FOR_TESTS), Clock.systemUTC());
                admin.createUser("overlever", TestServer.PASSWORD.toCharArray());
                admin.assign(dossier, "overlever");
            }
            String startupPeak = peakResident(server.pid());
            survive(base, dossier, FULL_BOMBS, FULL_STALLED, server::isAlive);
            System.out.println("SurvivalTest: " + FULL_BOMBS + " bombs, " + FULL_STALLED + " stalled, 900 KiB record + 50 stale"
                + " updates; server peak resident memory " + peakResident(server.pid()) + " (after start-up: " + startupPeak
                + "); peak Java heap before a collection " + peakHeapMegabytes(data.resolve("gc.log")) + " MiB of 256");
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static void survive(URI base, UUID dossier, int bombs, int stalled, java.util.function.BooleanSupplier alive)
        throws Exception {
        List<RawConnection> held = new ArrayList<>();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String token = login(http, base);
            byte[] inflated = new byte[8 * 1024 * 1024];
            Arrays.fill(inflated, (byte) ' ');
            byte[] bomb = RawConnection.gzip(inflated);

            for (int index = 0; index < bombs; index++) {
                // Claims the whole bomb, sends half, holds (item 1)
                held.add(new RawConnection(base).sendHead("POST", "/auth/login", bomb.length, "gzip")
                    .sendBytes(Arrays.copyOf(bomb, bomb.length / 2)));
            }
            for (int index = 0; index < stalled; index++) {
                RawConnection connection = new RawConnection(base); // connects and says nothing (item 11)
                if (index % 2 == 1) {
                    connection.sendBytes("GET /health HTTP/1.1\r\nHost: 12".getBytes(StandardCharsets.US_ASCII));
                }
                held.add(connection);
            }
            Entries client = new Entries();
            UUID big = UUID.randomUUID();
            List<JsonNode> entries = new ArrayList<>();
            entries.add(client.create(big, dossier, "note", fields("text", "x".repeat(900 * 1024))));
            entries.add(client.create(UUID.randomUUID(), dossier, "note", fields("text", "x".repeat(7 * 1024 * 1024))));
            Entries other = new Entries();
            List<JsonNode> stale = new ArrayList<>();
            for (int index = 0; index < 50; index++) {
                stale.add(other.entry(big, dossier, "note", "update", 1, fields("field" + index, "v" + index)));
            }
            CompletableFuture<Integer> pushes = CompletableFuture.supplyAsync(() ->
                push(http, base, token, entries) + push(http, base, token, stale)); // item 3
            long slowest = 0;
            while (!pushes.isDone()) {
                slowest = Math.max(slowest, healthMillis(http, base));
                Thread.sleep(200);
            }
            assertThat(pushes.get(1, TimeUnit.MINUTES)).as("both pushes answered 200").isEqualTo(400);
            assertThat(slowest).as("/health during the attack").isLessThan(1_000);

            long deadline = System.nanoTime() + (REQUEST_SECONDS + 3) * 1_000_000_000L;
            long closed = held.stream()
                .filter(connection -> connection.closedByServer((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000)))
                .count();
            assertThat(closed).as("held connections closed by the server").isEqualTo(held.size());
            assertThat(alive.getAsBoolean()).isTrue();
            assertThat(healthMillis(http, base)).as("/health afterwards").isLessThan(1_000);
        } finally {
            held.forEach(RawConnection::close);
        }
    }

    private Process start() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
            "-Dsun.net.httpserver.maxReqTime=" + REQUEST_SECONDS,
            "-Xlog:gc:file=" + data.resolve("gc.log"), "-cp", System.getProperty("java.class.path"),
            ServerMain.class.getName(), "serve", "--data", data.toString(), "--port", "0"))
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String login(HttpClient http, URI base) throws Exception {
        String body = "{\"username\":\"overlever\",\"password\":\"" + TestServer.PASSWORD + "\",\"deviceName\":\"x\"}";
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(base.resolve("/auth/login"))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(reply.body()).get("accessToken").asText();
    }

    private static int push(HttpClient http, URI base, String token, List<JsonNode> entries) {
        ObjectNode batch = Entries.batch(entries);
        try {
            return http.send(HttpRequest.newBuilder(base.resolve("/sync/push")).header("Authorization", "Bearer " + token)
                .POST(TestServer.json(batch)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static long healthMillis(HttpClient http, URI base) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(java.time.Duration.ofSeconds(5))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The process's peak resident set size as Linux counts it, or "unknown" elsewhere. */
    private static String peakResident(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return "unknown";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
            .map(line -> line.substring(6).trim()).findFirst().orElse("unknown");
    }

    /**
     * From a {@code -Xlog:gc} file ("24M->3M(256M)"): the largest heap occupancy a collection started from (garbage
     * included) and the largest left after one (what was live).
     */
    private static String peakHeapMegabytes(Path gcLog) throws IOException {
        java.util.regex.Pattern occupancy = java.util.regex.Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");
        long before = 0;
        long after = 0;
        for (String line : Files.readAllLines(gcLog)) {
            java.util.regex.Matcher found = occupancy.matcher(line);
            while (found.find()) {
                before = Math.max(before, Long.parseLong(found.group(1)));
                after = Math.max(after, Long.parseLong(found.group(2)));
            }
        }
        return before + " (largest after a collection: " + after + ")";
    }

    private static URI awaitListening(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String marker = "listening on ";
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains(marker)) {
                return URI.create(line.substring(line.indexOf(marker) + marker.length()).trim());
            }
        }
        throw new AssertionError("the server process ended without listening");
    }
}
