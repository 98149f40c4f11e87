package nl.keukentafel.sync.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import nl.keukentafel.sync.server.db.DatabaseSettings;

/**
 * One real embedded PostgreSQL for the whole test JVM (it takes seconds to start); each test class gets a fresh
 * database in it, reached through the same external-URL path production uses. Thread-safe.
 */
final class TestPostgres {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    private static void stopAndDelete(EmbeddedPostgres started, Path directory) {
        try {
            started.close();
        } catch (IOException ignored) {
            // Deleting the folder below is what matters now.
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // Best effort at JVM exit.
        }
    }

    static synchronized DatabaseSettings freshDatabase() {
        try {
            if (postgres == null) {
                Path directory = Files.createTempDirectory("keukentafel-test-pg");
                postgres = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("data")).setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false).start();
                // Stop it and leave nothing in /tmp when the test JVM ends (the library's own hook left the folder).
                EmbeddedPostgres started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(started, directory), "test-postgres-cleanup"));
            }
            String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            return DatabaseSettings.external(postgres.getJdbcUrl("postgres", name), "postgres", "");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
