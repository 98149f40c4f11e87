package nl.keukentafel.sync.server.db;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the database is: a JDBC URL with credentials (production), or else an embedded PostgreSQL whose files live
 * under {@code dataDirectory}. Immutable.
 */
public record DatabaseSettings(Optional<String> jdbcUrl, String user, String password, Path dataDirectory) {

    public static DatabaseSettings embedded(Path dataDirectory) {
        return new DatabaseSettings(Optional.empty(), "", "", dataDirectory);
    }

    public static DatabaseSettings external(String jdbcUrl, String user, String password) {
        return new DatabaseSettings(Optional.of(jdbcUrl), user, password, Path.of("."));
    }
}
