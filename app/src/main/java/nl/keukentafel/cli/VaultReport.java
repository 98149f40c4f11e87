package nl.keukentafel.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.store.Database;

/**
 * The outcome of {@code verify}: SQLite's integrity check and how many of each thing the vault holds. Only
 * counts, so it is safe to paste into a support ticket. Immutable.
 */
record VaultReport(boolean intact, long families, long archived, long members, long contacts, long tombstones,
                   long outboxEntries, long auditEntries, String schemaVersion) {
    private static final String LIVE = "select count(*) from record where deleted = 0 and kind = ";

    /** Runs the check on a connection of its own, so it sees the file as committed. */
    static VaultReport of(Database database) {
        try (Connection connection = database.newConnection(); Statement statement = connection.createStatement()) {
            if (!integrityOk(statement)) {
                return broken();
            }
            return new VaultReport(true, count(statement, LIVE + "'family'"),
                    count(statement, LIVE + "'family' and json_extract(body, '$.archived') = 1"),
                    count(statement, LIVE + "'member'"), count(statement, LIVE + "'contact'"),
                    count(statement, "select count(*) from record where deleted <> 0"),
                    count(statement, "select count(*) from outbox"), count(statement, "select count(*) from audit_log"),
                    schemaVersion(statement));
        } catch (SQLException unreadable) {
            // A page that no longer decrypts surfaces here rather than as an integrity_check row.
            return broken();
        }
    }

    private static VaultReport broken() {
        return new VaultReport(false, 0, 0, 0, 0, 0, 0, 0, "");
    }

    private static boolean integrityOk(Statement statement) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("pragma integrity_check")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows.equals(List.of("ok"));
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private static String schemaVersion(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery(
                "select version from flyway_schema_history where success = 1 order by installed_rank desc limit 1")) {
            return result.next() ? result.getString(1) : "";
        }
    }

    void print(CliContext context) {
        context.say("cli.verify.ok");
        context.say("cli.verify.schema", schemaVersion);
        context.say("cli.verify.families", families, archived);
        context.say("cli.verify.members", members);
        context.say("cli.verify.contacts", contacts);
        context.say("cli.verify.tombstones", tombstones);
        context.say("cli.verify.outbox", outboxEntries);
        context.say("cli.verify.audit", auditEntries);
    }
}
