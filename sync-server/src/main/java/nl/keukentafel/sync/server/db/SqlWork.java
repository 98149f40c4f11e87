package nl.keukentafel.sync.server.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection inside a transaction; runs on the calling thread. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
