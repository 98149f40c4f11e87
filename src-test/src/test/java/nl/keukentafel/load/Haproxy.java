package nl.keukentafel.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of the server instances, on loopback, with the configuration sync-server/README.md
 * documents: round robin, a health check on {@code /health}, a failed instance out of rotation within a second,
 * calls cut by a failure retried on the other instance, and one log line per request.
 * Not thread-safe.
 */
final class Haproxy implements AutoCloseable {
    /**
     * One line per request: accept time in epoch milliseconds ({@code %Ts%ms}), total time, status, server,
     * termination state, retries ("+" when redispatched), method and path (ids only, no personal data).
     */
    static final String LOG_FORMAT = "%Ts%ms %Tt %ST %s %tsc %rc %HM %HP";

    private final Process process;
    private final int port;
    private final int statsPort;
    private final Path log;
    private final HttpClient statsClient = HttpClient.newHttpClient();

    private Haproxy(Process process, int port, int statsPort, Path log) {
        this.process = process;
        this.port = port;
        this.statsPort = statsPort;
        this.log = log;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy"));
    }

    static Haproxy start(Path directory, List<Integer> instancePorts) throws IOException, InterruptedException {
        int port = PostgresServer.freePort();
        int statsPort = PostgresServer.freePort();
        StringBuilder config = new StringBuilder(configuration(port, statsPort));
        for (int index = 0; index < instancePorts.size(); index++) {
            config.append(serverLine(index + 1, instancePorts.get(index)));
        }
        Path file = directory.resolve("haproxy.cfg");
        Files.writeString(file, config);
        // In the foreground (-db) HAProxy logs to its standard output ("log stdout"): one file per run.
        Path log = directory.resolve("haproxy.log");
        Process process = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        Haproxy haproxy = new Haproxy(process, port, statsPort, log);
        haproxy.awaitUp();
        return haproxy;
    }

    /**
     * The configuration in the README's deployment section, with these ports; server lines follow
     * ({@link #serverLine}). {@code HaproxyConfigurationDocumentedTest} checks that the README shows exactly this.
     */
    static String configuration(int port, int statsPort) {
        return String.join("\n",
            "global",
            "    maxconn 4096",
            "    # One line per request on standard output (the journal under systemd): accept time in ms, total time,",
            "    # status, server, termination state, retries, method, path. Paths carry ids only, never personal data.",
            "    log stdout format raw local0",
            "defaults",
            "    mode http",
            "    log global",
            "    log-format \"" + LOG_FORMAT + "\"",
            "    timeout connect 2s",
            "    timeout client 120s",
            "    # Above the server's own 120 s answer bound.",
            "    timeout server 120s",
            "    timeout http-keep-alive 10s",
            "    # A request waits here for a free slot on an instance (maxconn below), not in an instance's pool.",
            "    timeout queue 30s",
            "    # A /health probe that does not answer within this counts as failed (1 s timed out now and then under load).",
            "    timeout check 2s",
            "    # Retried, each time on the other instance: a refused connection (a killed instance), a connection",
            "    # closed without an answer (killed while working on the request) and a 503 (its database connection",
            "    # lost, or busy). Safe: a push is idempotent on (clientId, clientSeq), a replay gets the stored",
            "    # answers; pull and the reads change nothing; a replayed login only issues one more token.",
            "    retries 3",
            "    option redispatch 1",
            "    retry-on conn-failure empty-response 503",
            "frontend stats",
            "    bind 127.0.0.1:" + statsPort,
            "    no log",
            "    stats enable",
            "    stats uri /stats",
            "frontend sync",
            "    bind 127.0.0.1:" + port,
            "    default_backend sync_servers",
            "backend sync_servers",
            "    balance roundrobin",
            "    # Never replayed by HAProxy once sent: a refresh whose first attempt committed would present a rotated token,",
            "    # which the server treats as stolen (the device is logged out).",
            "    http-request disable-l7-retry if { path /auth/refresh }",
            "    option httpchk GET /health",
            "    # Every failed probe in the log with its reason (timeout, status), not only the state changes.",
            "    option log-health-checks",
            "    # Out of rotation after two failed probes, back after one good one; at once when a real call's",
            "    # connection is refused (a killed instance), so the retries go to the other one, not again to it.",
            "    # At most as many calls per instance as its pool has connections (10); the rest queue here.",
            "    default-server inter 500ms fall 2 rise 1 observe layer4 error-limit 1 on-error mark-down maxconn 10",
            "");
    }

    static String serverLine(int index, int instancePort) {
        return "    server sync" + index + " 127.0.0.1:" + instancePort + " check\n";
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The per-request log so far. */
    List<HaproxyLog.Request> requests() throws IOException {
        return HaproxyLog.read(log);
    }

    /** Each server's state as HAProxy's health checks see it ("UP", "DOWN", "UP 1/2", ...). */
    Map<String, String> serverStates() throws IOException, InterruptedException {
        Map<String, String> states = new TreeMap<>();
        List<String> lines = stats().lines().toList();
        List<String> header = List.of(lines.get(0).replace("# ", "").split(","));
        int status = header.indexOf("status");
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            if (cells.length > status && "sync_servers".equals(cells[0]) && cells[1].startsWith("sync")) {
                states.put(cells[1], cells[status]);
            }
        }
        return states;
    }

    private String stats() throws IOException, InterruptedException {
        return statsClient.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
    }

    /** From HAProxy's own counters: requests the front end took and 5xx answers it gave. */
    long[] requestsAndServerErrors() throws IOException, InterruptedException {
        String body = stats();
        String[] header = body.lines().findFirst().orElseThrow().replace("# ", "").split(",");
        int requests = List.of(header).indexOf("req_tot");
        int errors = List.of(header).indexOf("hrsp_5xx");
        for (String line : body.lines().toList()) {
            String[] cells = line.split(",", -1);
            if (cells.length > errors && "sync".equals(cells[0]) && "FRONTEND".equals(cells[1])) {
                return new long[] {Long.parseLong(cells[requests]), Long.parseLong(cells[errors])};
            }
        }
        throw new IOException("no front end counters");
    }

    private void awaitUp() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("haproxy did not start");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
