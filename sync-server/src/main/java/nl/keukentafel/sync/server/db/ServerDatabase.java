package nl.keukentafel.sync.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;

/**
 * The server's PostgreSQL: a pool on a configured database, or on an embedded one started under the data directory;
 * migrated with Flyway on open. Thread-safe; close once.
 */
public final class ServerDatabase implements AutoCloseable {
    /** A folder of our own so the app's {@code db/migration} never mixes in when both are on one class path. */
    public static final String MIGRATIONS = "classpath:db/server";
    /** The embedded PostgreSQL's own output, next to its data folder (FATAL and worse only; no statements). */
    public static final String DATABASE_LOG = "postgresql-output.log";

    private final HikariDataSource pool;
    private final EmbeddedPostgres embedded;
    private final Db db;

    private ServerDatabase(HikariDataSource pool, EmbeddedPostgres embedded) {
        this.pool = pool;
        this.embedded = embedded;
        this.db = new Db(pool);
    }

    public static ServerDatabase open(DatabaseSettings settings) {
        EmbeddedPostgres embedded = null;
        String url;
        String user = settings.user();
        String password = settings.password();
        OptionalInt running = OptionalInt.empty();
        if (settings.jdbcUrl().isEmpty()) {
            running = runningEmbedded(settings.dataDirectory());
        }
        if (settings.jdbcUrl().isPresent()) {
            url = settings.jdbcUrl().get();
        } else if (running.isPresent()) {
            // A running server owns the embedded database (an admin command while it serves): share it.
            url = "jdbc:postgresql://localhost:" + running.getAsInt() + "/postgres";
            user = "postgres";
            password = "";
        } else {
            embedded = startEmbedded(settings.dataDirectory());
            url = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("keukentafel-sync");
        // A push batch writes each table with one batched statement; the driver sends it as multi-row inserts.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // A call waits at most this long for a connection, then gets 503 with Retry-After instead of hanging.
        config.setConnectionTimeout(10_000);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException failure) {
            pool.close();
            closeQuietly(embedded);
            throw failure;
        }
        return new ServerDatabase(pool, embedded);
    }

    private static OptionalInt runningEmbedded(Path dataDirectory) {
        try {
            return RunningEmbedded.port(dataDirectory.resolve("postgres"));
        } catch (IOException failure) {
            throw new UncheckedIOException("could not inspect the embedded PostgreSQL's data directory", failure);
        }
    }

    private static EmbeddedPostgres startEmbedded(Path dataDirectory) {
        try {
            Path pgData = dataDirectory.resolve("postgres");
            Path binaries = dataDirectory.resolve("postgres-binaries");
            Files.createDirectories(pgData);
            OrphanedPostmaster.stopIfRunning(pgData);
            EmbeddedPostgres started = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                // Our own close (serve's shutdown hook, an admin step's try) stops it after the HTTP side, not before.
                .setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                // The library starts PostgreSQL tuned for throwaway test databases (-F: no fsync; no synchronous
                // commit). A push answered "applied" lets the client delete its outbox row, so it must be on disk.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // PostgreSQL quotes values in its messages ('invalid input syntax for type uuid: "<value>"', the
                // statement, JSON context). Those are personal data: log no statement, no detail, nothing below FATAL,
                // and keep what is left next to the data instead of forwarding it into the server's log.
                .setServerConfig("log_min_messages", "fatal")
                .setServerConfig("log_min_error_statement", "panic")
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("unix_socket_permissions", "0700")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve(DATABASE_LOG).toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve(DATABASE_LOG).toFile()))
                .start();
            OwnerOnly.restrict(binaries);
            OwnerOnly.restrict(dataDirectory.resolve(DATABASE_LOG));
            OwnerOnly.restrictFolder(dataDirectory);
            return started;
        } catch (IOException failure) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", failure);
        }
    }

    public Db db() {
        return db;
    }

    @Override
    public void close() {
        pool.close();
        closeQuietly(embedded);
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException ignored) {
            // Shutting down anyway; a postmaster left behind is stopped by the next start.
        }
    }
}
