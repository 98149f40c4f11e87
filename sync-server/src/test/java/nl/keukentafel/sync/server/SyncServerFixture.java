package nl.keukentafel.sync.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import nl.keukentafel.sync.server.admin.Admin;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.db.Db;
import nl.keukentafel.sync.server.db.DatabaseSettings;
import nl.keukentafel.sync.server.db.ServerDatabase;

/**
 * The one in-process test server: the real sync server on loopback over its embedded PostgreSQL in a temporary
 * directory, as production starts it by default (or over a database the caller gives), plus its Admin API for users
 * and caseloads. Start one per test class (PostgreSQL takes seconds). The server can be stopped and started again on
 * the same port and data (fault tests). The server's own tests wrap it with a raw HTTP client ({@code TestServer});
 * src-test's client tests use it through the sync-server test-jar. Tests that kill the server use a separate process
 * instead (src-test's {@code faults.ServerProcess}). Not thread-safe (test code).
 */
public final class SyncServerFixture implements AutoCloseable {
    public static final String PASSWORD = "een lang wachtwoord voor tests";

    private final Path dataDirectory;
    private final Clock clock;
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.FAST_FOR_TESTS);
    private ServerDatabase database;
    private SyncServer server;
    private Admin admin;
    private int port;
    private boolean closed;

    private SyncServerFixture(Path dataDirectory, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    /** Starts the HTTP server on a free loopback port over a database the caller owns (and closes). */
    public static SyncServerFixture startOn(DatabaseSettings settings, Clock clock) {
        SyncServerFixture fixture = new SyncServerFixture(null, clock);
        fixture.database = ServerDatabase.open(settings);
        fixture.startHttp(0);
        return fixture;
    }

    /** Starts PostgreSQL and the HTTP server on a free loopback port. */
    public static SyncServerFixture start(Clock clock) {
        try {
            SyncServerFixture fixture = new SyncServerFixture(Files.createTempDirectory("keukentafel-sync-server"), clock);
            fixture.database = ServerDatabase.open(DatabaseSettings.embedded(fixture.dataDirectory));
            // The embedded PostgreSQL registers no shutdown hook of its own; a test JVM stopped early must not leave it running.
            Runtime.getRuntime().addShutdownHook(new Thread(fixture::closeQuietly, "stop-sync-server"));
            fixture.startHttp(0);
            return fixture;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void startHttp(int requestedPort) {
        server = SyncServer.start(ServerSettings.loopback(requestedPort), database.db(), hasher, clock);
        port = server.baseUri().getPort();
        admin = new Admin(database.db(), hasher, clock);
    }

    /** Stops only the HTTP side: clients see the server unreachable; the database keeps everything. */
    public void stopHttp() {
        server.close();
    }

    /** Starts the HTTP side again on the same port. */
    public void restartHttp() {
        startHttp(port);
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public SyncServer server() {
        return server;
    }

    public ServerDatabase database() {
        return database;
    }

    public Admin admin() {
        return admin;
    }

    public Db db() {
        return database.db();
    }

    /** Makes a user with {@link #PASSWORD}; a unique name per call keeps test methods independent on one server. */
    public String newUser(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin.createUser(username, PASSWORD.toCharArray());
        return username;
    }

    /** A single number from SQL on the server's database. */
    public long count(String sql, Object... parameters) {
        return database.db().transaction(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int index = 0; index < parameters.length; index++) {
                    statement.setObject(index + 1, parameters[index]);
                }
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } finally {
            database.close();
            if (dataDirectory != null) {
                deleteQuietly(dataDirectory);
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException ignored) {
            // shutting down anyway
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
