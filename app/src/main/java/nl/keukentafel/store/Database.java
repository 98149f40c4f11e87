package nl.keukentafel.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteDataSource;
import org.sqlite.mc.SQLiteMCChacha20Config;

/**
 * The open encrypted database. All writes run on one writer thread, each in its own transaction; reads
 * use a second connection. Thread-safe.
 */
public final class Database implements AutoCloseable {
    private final SQLiteDataSource dataSource;
    private final Connection writeConnection;
    private final Connection readConnection;
    private final ExecutorService writer;
    private final Object readLock = new Object();
    /** Whether the write connection commits with synchronous=NORMAL now; only the writer thread reads or sets it. */
    private boolean relaxed;
    /** SQLite's default: an ordinary commit that leaves the WAL past this many pages copies them into the file. */
    static final int CHECKPOINT_PAGES = 1_000;
    /**
     * While pulled pages are written the WAL may grow to 64 MiB before a checkpoint: an initial pull writes some
     * 1,500 pages every page and a checkpoint re-encrypts them all, so it would stall every third page. The next
     * ordinary write (the sync time stored at the end of the round, or the first keystroke) checkpoints instead.
     */
    static final int PULL_CHECKPOINT_PAGES = 16_384;

    private Database(SQLiteDataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.writeConnection = open(dataSource);
        this.readConnection = open(dataSource);
        this.writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vault-writer");
            thread.setDaemon(false);
            return thread;
        });
    }

    /** Opens (creating if absent) and migrates to the newest schema, or to {@code target} when given. */
    static Database open(java.nio.file.Path file, byte[] dataKey, String target) throws SQLException {
        SQLiteDataSource dataSource = dataSource(file, dataKey);
        try (Connection probe = open(dataSource); Statement statement = probe.createStatement()) {
            statement.executeQuery("select count(*) from sqlite_master").close();
        }
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(MigrationVersion.fromVersion(target));
        }
        configuration.load().migrate();
        return new Database(dataSource);
    }

    /**
     * A PLAINTEXT database with the same schema and pragmas: only the benchmark's baseline uses this, to
     * measure what encryption costs. The app never calls it (an ArchUnit rule says so).
     */
    public static Database openUnencryptedForBenchmark(java.nio.file.Path file) throws SQLException {
        var config = new org.sqlite.SQLiteConfig();
        config.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(org.sqlite.SQLiteConfig.SynchronousMode.FULL);
        config.setTempStore(org.sqlite.SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new Database(dataSource);
    }

    /**
     * The key goes in through the cipher config only: passing it as plain properties silently makes a
     * plaintext file with this driver (ADR 0001). kdf_iter is pinned to 1 because the key is already 256
     * random bits; the cipher and legacy mode are pinned so library defaults cannot change.
     */
    private static SQLiteDataSource dataSource(java.nio.file.Path file, byte[] dataKey) {
        String hexKey = HexFormat.of().formatHex(dataKey);
        var config = SQLiteMCChacha20Config.getDefault().setKdfIter(1).setLegacy(0).withHexKey(hexKey).build();
        config.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(org.sqlite.SQLiteConfig.SynchronousMode.FULL);
        config.setTempStore(org.sqlite.SQLiteConfig.TempStore.MEMORY);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private static Connection open(SQLiteDataSource dataSource) throws SQLException {
        return dataSource.getConnection();
    }

    /** A unit of work on a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection handle) throws SQLException;
    }

    /** Runs {@code work} on the writer thread in one transaction; the future completes after commit. */
    public <T> CompletableFuture<T> write(String context, Work<T> work) {
        return submit(context, work, false);
    }

    /**
     * Like {@link #write}, for a transaction that can be fetched again and so need not wait for the disk at commit: a
     * pulled page together with its cursor (ADR 0001, Durability). It commits with {@code synchronous=NORMAL}: as
     * atomic as any other, durable once committed if the app is killed, and after a power loss at worst rolled back
     * whole (page and cursor together), so the next round asks for the page again. The next ordinary write switches
     * back to {@code FULL} before it begins; its commit makes everything before it durable too. Pulled pages leave
     * the WAL's checkpoint to that ordinary write ({@link #PULL_CHECKPOINT_PAGES}).
     */
    public <T> CompletableFuture<T> writeRefetchable(String context, Work<T> work) {
        return submit(context, work, true);
    }

    private <T> CompletableFuture<T> submit(String context, Work<T> work, boolean refetchable) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return inTransaction(work, refetchable);
            } catch (SQLException failure) {
                throw new StoreException(context, failure);
            }
        }, writer);
    }

    private <T> T inTransaction(Work<T> work, boolean refetchable) throws SQLException {
        if (refetchable != relaxed) {
            try (Statement statement = writeConnection.createStatement()) {
                statement.execute(refetchable ? "pragma synchronous = normal" : "pragma synchronous = full");
                statement.execute("pragma wal_autocheckpoint = " + (refetchable ? PULL_CHECKPOINT_PAGES : CHECKPOINT_PAGES));
            }
            relaxed = refetchable;
        }
        writeConnection.setAutoCommit(false);
        T result;
        try {
            result = work.run(writeConnection);
            writeConnection.commit();
        } catch (SQLException | RuntimeException failure) {
            endFailedTransaction(failure);
            throw failure;
        }
        writeConnection.setAutoCommit(true);
        return result;
    }

    /**
     * On some errors (SQLITE_FULL at commit) SQLite has already rolled back by itself, so rolling back again
     * fails too; that secondary error must not hide the first one, which says what the user should do.
     */
    private void endFailedTransaction(Exception failure) {
        try {
            writeConnection.rollback();
        } catch (SQLException secondary) {
            failure.addSuppressed(secondary);
        }
        try {
            writeConnection.setAutoCommit(true);
        } catch (SQLException secondary) {
            failure.addSuppressed(secondary);
        }
    }

    /** Runs {@code work} on the read connection. Sees every write whose future has completed. */
    public <T> T read(String context, Work<T> work) {
        synchronized (readLock) {
            try {
                return work.run(readConnection);
            } catch (SQLException failure) {
                throw new StoreException(context, failure);
            }
        }
    }

    /** Waits until every write submitted so far has committed. */
    public void flush() {
        CompletableFuture.runAsync(() -> { }, writer).join();
    }

    /** Opens an extra connection, e.g. for a backup or a check; the caller closes it. */
    public Connection newConnection() throws SQLException {
        return open(dataSource);
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (readLock) {
            closeQuietly(readConnection);
        }
        try (Statement statement = writeConnection.createStatement()) {
            statement.execute("pragma wal_checkpoint(TRUNCATE)");
        } catch (SQLException ignored) {
            // the WAL stays and is applied on the next open; nothing is lost
        }
        closeQuietly(writeConnection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection that failed is not worth more than this
        }
    }
}
