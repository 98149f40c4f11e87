package nl.keukentafel.sync.server;

import java.nio.file.Path;
import nl.keukentafel.sync.server.db.DatabaseSettings;
import picocli.CommandLine.Option;

/** The database options every command shares; environment variables fill what the command line leaves out.
 * Filled by picocli; not thread-safe. */
public final class DatabaseOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${sys:user.home}/.keukentafel-server",
        description = "Data directory of the embedded PostgreSQL, used when no --db-url is given (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:KEUKENTAFEL_DB_URL}",
        description = "A PostgreSQL JDBC URL (or env KEUKENTAFEL_DB_URL); without it the embedded database is used.")
    String url;

    @Option(names = "--db-user", defaultValue = "${env:KEUKENTAFEL_DB_USER}", description = "Database user (or env KEUKENTAFEL_DB_USER).")
    String user;

    @Option(names = "--db-password", defaultValue = "${env:KEUKENTAFEL_DB_PASSWORD}",
        description = "Database password (or env KEUKENTAFEL_DB_PASSWORD; prefer the environment).")
    String password;

    public DatabaseSettings settings() {
        if (url == null || url.isBlank()) {
            return DatabaseSettings.embedded(dataDirectory);
        }
        return DatabaseSettings.external(url, user == null ? "" : user, password == null ? "" : password);
    }
}
