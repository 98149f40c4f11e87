package nl.keukentafel.sync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.keukentafel.sync.server.db.DatabaseException;
import nl.keukentafel.sync.server.db.DatabaseSettings;
import nl.keukentafel.sync.server.db.ServerDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 5 and a low item: the embedded PostgreSQL's messages, which quote values, never reach the server's
 * log, and its unpacked binaries are not writable by others.
 */
class DatabaseLogPrivacyTest {
    private static final String FICTIONAL_NAME = "Fenna Fictief-Jansen";

    @TempDir
    Path data;

    @Test
    void aDatabaseErrorQuotingAValueLeavesNoTraceInTheServerLog() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters())
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        // The level `serve` runs at (other tests in this JVM, the admin commands, turn it down). Not finer: at FINEST
        // the JDBC driver traces our own statements, which is a developer's switch, not the server's log.
        java.util.logging.Level level = root.getLevel();
        root.setLevel(java.util.logging.Level.INFO);
        capture.setLevel(java.util.logging.Level.INFO);
        root.addHandler(capture);
        try (ServerDatabase database = ServerDatabase.open(DatabaseSettings.embedded(data))) {
            for (String statement : List.of("select '" + FICTIONAL_NAME + "'::uuid",
                "select '{\"naam\": \"" + FICTIONAL_NAME + "\\u0000\"}'::jsonb")) {
                assertThatThrownBy(() -> database.db().transaction(connection -> {
                    try (Statement sql = connection.createStatement()) {
                        return sql.execute(statement);
                    }
                })).isInstanceOf(DatabaseException.class).message().doesNotContain("Jansen");
            }
            String socketPermissions = database.db().transaction(connection -> {
                try (Statement sql = connection.createStatement();
                     java.sql.ResultSet rows = sql.executeQuery("show unix_socket_permissions")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            assertThat(socketPermissions).as("the database's Unix socket is the server user's only").isEqualTo("0700");
            // PostgreSQL writes its log asynchronously; the old forwarding showed the lines within milliseconds.
            Thread.sleep(1_500);
            assertThat(logged).as("the database answered through the pool, so logging was on").isNotEmpty();
        } finally {
            root.removeHandler(capture);
            root.setLevel(level);
        }
        assertThat(logged).noneMatch(line -> line.contains("Jansen"));
        // Nothing PostgreSQL writes is forwarded at all (before, its start-up lines were, and with them whatever it
        // logged while the pipe was read; a pipe nobody reads any more can also stall it once full).
        assertThat(logged).noneMatch(line -> line.contains(" LOG:  ") || line.contains(" ERROR:  ") || line.contains(" STATEMENT:  "));
        Path databaseLog = data.resolve(ServerDatabase.DATABASE_LOG);
        if (Files.exists(databaseLog)) {
            assertThat(Files.readString(databaseLog)).doesNotContain("Jansen");
        }
        Path unpacked = data.resolve("postgres-binaries");
        if (!Files.exists(unpacked)) {
            // The library unpacks once per JVM; when another test came first, its binaries are elsewhere.
            return;
        }
        try (Stream<Path> binaries = Files.walk(unpacked)) {
            assertThat(binaries.filter(path -> !Files.isSymbolicLink(path)).filter(path -> {
                try {
                    return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_WRITE);
                } catch (java.io.IOException unreadable) {
                    throw new java.io.UncheckedIOException(unreadable);
                }
            }).toList()).as("binaries writable by others").isEmpty();
        }
    }
}
