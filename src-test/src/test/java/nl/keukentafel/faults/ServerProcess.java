package nl.keukentafel.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.keukentafel.sync.server.ServerMain;
import nl.keukentafel.sync.server.admin.Admin;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.db.DatabaseSettings;
import nl.keukentafel.sync.server.db.ServerDatabase;

/**
 * The real sync server as an operator runs it — {@code serve} with its embedded PostgreSQL under a data directory —
 * in its own JVM, so a test can SIGKILL it at any moment and start it again on the same data. Admin steps (users,
 * caseloads) go through the server's own {@link Admin} on the same database while it runs. Not thread-safe.
 */
public final class ServerProcess implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery staple";

    private final Path data;
    private final List<String> serveArgs;
    private ProcessBuilder.Redirect errors = ProcessBuilder.Redirect.DISCARD;
    private Process process;
    private URI base;

    private ServerProcess(Path data) {
        this.data = data;
        this.serveArgs = List.of("serve", "--data", data.toString(), "--port", "0");
    }

    private ServerProcess(List<String> serveArgs) {
        this.data = null;
        this.serveArgs = List.copyOf(serveArgs);
    }

    /**
     * An instance on an external PostgreSQL at a fixed port, as several run behind a load balancer; the password
     * goes through the environment, never the command line.
     */
    public static ServerProcess startExternal(String jdbcUrl, String user, int port, Path errorLog) throws IOException {
        ServerProcess server = new ServerProcess(
            List.of("serve", "--db-url", jdbcUrl, "--db-user", user, "--port", Integer.toString(port)));
        server.errors = ProcessBuilder.Redirect.appendTo(errorLog.toFile());
        server.restart();
        return server;
    }

    /** The operating system's id of the running process. */
    public long pid() {
        return process.pid();
    }

    public static ServerProcess start(Path data) throws IOException {
        ServerProcess server = new ServerProcess(data);
        server.restart();
        return server;
    }

    public URI uri() {
        return base;
    }

    /** Starts it (again) on the same data directory; the port may change. */
    public URI restart() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError"));
        // Extra JVM options for the server, e.g. -Dkeukentafel.serverJvmArgs=-Dsun.net.httpserver.nodelay=true
        String extra = System.getProperty("keukentafel.serverJvmArgs", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", classPath(), ServerMain.class.getName()));
        command.addAll(serveArgs);
        process = new ProcessBuilder(command)
            .redirectError(errors).start();
        base = awaitListening(process);
        return base;
    }

    /**
     * The class path this code runs on: the JVM's own, or — under {@code exec:java}, which loads the benchmark in a
     * class loader of its own — that loader's jars and folders.
     */
    static String classPath() {
        ClassLoader loader = ServerProcess.class.getClassLoader();
        if (loader instanceof java.net.URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new java.util.ArrayList<>();
            for (java.net.URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException notAFile) {
                    throw new IllegalStateException(notAFile);
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** SIGKILL: no shutdown hook runs; its PostgreSQL is left behind and recovered on the next start. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the server process did not die");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Creates the user (password {@link #PASSWORD}) and gives them the dossiers. */
    public void user(String username, UUID... dossiers) {
        try (ServerDatabase shared = ServerDatabase.open(DatabaseSettings.embedded(data))) {
            Admin admin = new Admin(shared.db(), new PasswordHasher(PasswordHasher.FAST_FOR_TESTS), Clock.systemUTC());
            admin.createUser(username, PASSWORD.toCharArray());
            for (UUID dossier : dossiers) {
                admin.assign(dossier, username);
            }
        }
    }

    /** The server's database, opened beside the running server (for benchmarks' baselines); the caller closes it. */
    public ServerDatabase openDatabase() {
        return ServerDatabase.open(DatabaseSettings.embedded(data));
    }

    public void assign(UUID dossier, String username) {
        try (ServerDatabase shared = ServerDatabase.open(DatabaseSettings.embedded(data))) {
            new Admin(shared.db(), new PasswordHasher(PasswordHasher.FAST_FOR_TESTS), Clock.systemUTC()).assign(dossier, username);
        }
    }

    private static URI awaitListening(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String marker = "listening on ";
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains(marker)) {
                // a platform thread: a virtual one blocked in a pipe's native read holds its carrier for good
                Thread.ofPlatform().daemon().name("server-output").start(() -> drain(out));
                return URI.create(line.substring(line.indexOf(marker) + marker.length()).trim());
            }
        }
        throw new IOException("the server process ended without listening");
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keeps the pipe from filling up
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
