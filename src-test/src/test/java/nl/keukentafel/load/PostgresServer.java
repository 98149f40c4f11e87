package nl.keukentafel.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server from Debian's package ({@code /usr/lib/postgresql/15/bin}), as an operator runs one:
 * initdb into a temporary directory, listening on 127.0.0.1 only, run as the {@code postgres} system user when
 * this JVM runs as root (PostgreSQL refuses to run as root). {@code synchronous_commit} stays on. Not thread-safe.
 */
final class PostgresServer implements AutoCloseable {
    private static final Path BIN = Path.of(System.getProperty("load.pgBin", "/usr/lib/postgresql/15/bin"));

    private final Path directory;
    private final int port;

    private PostgresServer(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(BIN.resolve("pg_ctl"));
    }

    /** A fresh cluster in a temporary directory of its own (the postgres user cannot enter a test's private one). */
    static PostgresServer start(int maxConnections) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("keukentafel-postgres");
        owned(directory);
        PostgresServer server = new PostgresServer(directory, freePort());
        server.run(List.of(BIN.resolve("initdb").toString(), "-D", directory.resolve("data").toString(), "-A", "trust", "-U", "postgres",
            "-E", "UTF8", "--no-sync"), 120);
        Files.writeString(directory.resolve("data/postgresql.auto.conf"), String.join("\n",
            "listen_addresses = '127.0.0.1'",
            "port = " + server.port,
            "unix_socket_directories = '" + directory + "'",
            "max_connections = " + maxConnections,
            "shared_buffers = '256MB'",
            "synchronous_commit = on",
            "fsync = on",
            "") , java.nio.file.StandardOpenOption.APPEND);
        server.ctl("start");
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** A fast shutdown (open connections are cut) and a start on the same data, as a restart for an upgrade would. */
    void restart() throws IOException, InterruptedException {
        ctl("restart");
    }

    /** The processes' accumulated CPU seconds (the postmaster and its finished and running backends). */
    double cpuSeconds() throws IOException {
        Path pidFile = directory.resolve("data/postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        double total = ProcessStats.cpuSecondsWithWaitedChildren(postmaster);
        for (long child : ProcessStats.children(postmaster)) {
            total += ProcessStats.cpuSeconds(child);
        }
        return total;
    }

    private void ctl(String action) throws IOException, InterruptedException {
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-l",
            directory.resolve("postgres.log").toString(), "-m", "fast", "-w", "-t", "60", action), 90);
    }

    private void run(List<String> command, int seconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path log = Files.createTempFile("keukentafel-pgctl", ".log");
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IOException("failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" + Files.readString(log));
        }
        Files.delete(log);
    }

    private static void owned(Path path) throws IOException, InterruptedException {
        if ("root".equals(System.getProperty("user.name"))) {
            new ProcessBuilder("chown", "postgres:postgres", path.toString()).inheritIO().start().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            ctl("stop");
        } finally {
            new ProcessBuilder("rm", "-rf", directory.toString()).inheritIO().start().waitFor();
        }
    }
}
