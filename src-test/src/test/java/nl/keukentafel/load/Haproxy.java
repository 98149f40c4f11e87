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
 * documents: round robin, a health check on {@code /health}, a failed instance out of rotation within a second.
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
            config.append("    server sync").append(index + 1).append(" 127.0.0.1:").append(instancePorts.get(index)).append(" check\n");
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

    /** The configuration in the README's deployment section, with these ports; server lines follow. */
    static String configuration(int port, int statsPort) {
        return String.join("\n",
            "global",
            "    maxconn 4096",
            "    log stdout format raw local0",
            "defaults",
            "    mode http",
            "    log global",
            "    log-format \"" + LOG_FORMAT + "\"",
            "    timeout connect 2s",
            "    timeout client 120s",
            "    timeout server 120s",
            "    timeout http-keep-alive 10s",
            "    retries 2",
            "    option redispatch",
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
            "    option httpchk GET /health",
            "    default-server inter 500ms fall 2 rise 2",
            "");
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
