package nl.keukentafel.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of the server instances, on loopback, with the configuration sync-server/README.md
 * documents: round robin, a health check on {@code /health}, a failed instance out of rotation within a second.
 * Not thread-safe.
 */
final class Haproxy implements AutoCloseable {
    private final Process process;
    private final int port;
    private final int statsPort;

    private Haproxy(Process process, int port, int statsPort) {
        this.process = process;
        this.port = port;
        this.statsPort = statsPort;
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
        Process process = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
            .redirectOutput(directory.resolve("haproxy.log").toFile()).start();
        Haproxy haproxy = new Haproxy(process, port, statsPort);
        haproxy.awaitUp();
        return haproxy;
    }

    /** The configuration in the README's deployment section, with these ports; server lines follow. */
    static String configuration(int port, int statsPort) {
        return String.join("\n",
            "global",
            "    maxconn 4096",
            "defaults",
            "    mode http",
            "    timeout connect 2s",
            "    timeout client 120s",
            "    timeout server 120s",
            "    timeout http-keep-alive 10s",
            "    retries 2",
            "    option redispatch",
            "frontend stats",
            "    bind 127.0.0.1:" + statsPort,
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

    /** From HAProxy's own counters: requests the front end took and 5xx answers it gave. */
    long[] requestsAndServerErrors() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + statsPort + "/stats;csv")).build(), HttpResponse.BodyHandlers.ofString());
        String[] header = response.body().lines().findFirst().orElseThrow().replace("# ", "").split(",");
        int requests = List.of(header).indexOf("req_tot");
        int errors = List.of(header).indexOf("hrsp_5xx");
        for (String line : response.body().lines().toList()) {
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
