package nl.keukentafel.sync.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Counts failed logins in the audit log per address and per name tried (as a hash), within a window. The count for a
 * name starts again after a successful login with it (by row order: clocks may stand still,
 * ids do not). Stateless (the database holds the counts); thread-safe.
 */
final class LoginThrottle {
    static final int MAX_FAILURES_PER_NAME = 10;
    /**
     * Higher than per name: several consultants may share an office address (or a proxy in front of the server), and
     * one mistyping colleague must not lock out the others.
     */
    static final int MAX_FAILURES_PER_SOURCE = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    enum Verdict { FREE, NAME_LIMITED, SOURCE_LIMITED }

    Verdict judge(Connection connection, String subject, String source, Instant now) throws SQLException {
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        if (count(connection, "select count(*) from audit_log where action = 'login' and result = 'denied' and source = ? and at > ?",
            source, since, null) >= MAX_FAILURES_PER_SOURCE) {
            return Verdict.SOURCE_LIMITED;
        }
        long failures = count(connection, "select count(*) from audit_log where action = 'login' and result = 'denied'"
            + " and subject = ? and at > ? and id > coalesce((select max(id) from audit_log where action = 'login'"
            + " and result = 'ok' and subject = ?), 0)", subject, since, subject);
        return failures >= MAX_FAILURES_PER_NAME ? Verdict.NAME_LIMITED : Verdict.FREE;
    }

    /** True when this user logged in successfully from this address before (any time the audit log remembers). */
    boolean succeededFrom(Connection connection, UUID userId, String source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select 1 from audit_log where action = 'login' and result = 'ok' and user_id = ? and source = ? limit 1")) {
            select.setObject(1, userId);
            select.setString(2, source);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The SHA-256 of a name tried, in hex: the same for every instance, and not the name itself. */
    static String subject(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("login-name:" + username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    private static long count(Connection connection, String sql, String first, Timestamp since, String third) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, first);
            select.setTimestamp(2, since);
            if (third != null) {
                select.setString(3, third);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
