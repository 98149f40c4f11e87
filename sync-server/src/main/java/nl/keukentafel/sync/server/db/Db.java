package nl.keukentafel.sync.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Transactions over the pooled data source. Writers that change records, conflicts or caseloads call
 * {@link #changeTransaction}: it takes one database-wide advisory lock before drawing from {@code change_seq}, so
 * sequence order equals commit order, across every server instance on the same database. Thread-safe.
 */
public final class Db {
    /** Any constant will do; it only has to be the same for every instance. */
    private static final long CHANGE_LOCK_KEY = 0x4b65756b656eL;

    private final DataSource dataSource;
    private final DatabaseHealth health = new DatabaseHealth();

    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What this instance's transactions say about the database; read by {@code /health}. */
    public DatabaseHealth health() {
        return health;
    }

    public <T> T transaction(SqlWork<T> work) {
        return run(work, Connection.TRANSACTION_READ_COMMITTED, false);
    }

    /** One consistent snapshot for several reads (a pull page and its details). */
    public <T> T snapshot(SqlWork<T> work) {
        return run(work, Connection.TRANSACTION_REPEATABLE_READ, false);
    }

    public <T> T changeTransaction(SqlWork<T> work) {
        return run(work, Connection.TRANSACTION_READ_COMMITTED, true);
    }

    /** Draws the next global change number; only inside {@link #changeTransaction}. */
    public static long nextSeq(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select nextval('change_seq')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private <T> T run(SqlWork<T> work, int isolation, boolean changeLock) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(isolation);
            try {
                if (changeLock) {
                    try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                        lock.setLong(1, CHANGE_LOCK_KEY);
                        lock.execute();
                    }
                }
                T result = work.run(connection);
                connection.commit();
                health.committed();
                return result;
            } catch (SQLException | RuntimeException failure) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    failure.addSuppressed(rollbackFailure);
                }
                throw failure;
            }
        } catch (SQLException failure) {
            if (DatabaseHealth.isConnectionFailure(failure)) {
                health.connectionLost();
            }
            throw new DatabaseException("database transaction failed: " + failure.getSQLState(), failure);
        }
    }
}
