package nl.keukentafel.sync.server.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.sync.protocol.ErrorCode;
import nl.keukentafel.sync.server.audit.AuditLog;
import nl.keukentafel.sync.server.db.Db;
import nl.keukentafel.sync.server.http.ApiException;

/**
 * Login, refresh-token rotation and access-token checks (ADR 0002: access 15 minutes, refresh 90 days, bound to a
 * device, rotated on use, stored hashed). All state is in the database, so any instance can serve any call.
 * Thread-safe.
 */
public final class AuthService {
    public static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(90);
    /** Password guessing is slowed per name tried; the count lives in the audit log, so every instance sees it. */
    public static final int MAX_FAILED_LOGINS = LoginThrottle.MAX_FAILURES_PER_NAME;
    public static final Duration FAILED_LOGIN_WINDOW = Duration.ofMinutes(15);

    private final Db db;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final LoginThrottle throttle = new LoginThrottle();

    public AuthService(Db db, AccountStore accounts, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** What login and refresh hand out. */
    public record Grant(UUID userId, String username, UUID deviceId, String accessToken, Instant accessExpiresAt,
                        String refreshToken, Instant refreshExpiresAt) {
    }

    /** As {@link #login(String, char[], String, String)} from an address nobody else uses (tests, the admin tools). */
    public Grant login(String username, char[] password, String deviceName) {
        return login(username, password, deviceName, "local");
    }

    /**
     * Checks a password and registers a new device. Guessing is slowed twice over: per address (whatever names it
     * tries) and per name tried (whoever tries it). Known and unknown names get the same answers, status and work
     * (a hash on a dummy for an unknown name), so neither a 401 nor a 429 tells whether a name exists. A name whose
     * guessing limit is reached still lets its owner in from an address they logged in from before: the lock is
     * for strangers, so an attacker cannot lock a consultant out of her own laptop.
     */
    public Grant login(String username, char[] password, String deviceName, String source) {
        String subject = LoginThrottle.subject(username);
        // The slow hash runs outside any transaction, so it holds no connection.
        LoginThrottle.Verdict verdict = db.transaction(connection -> throttle.judge(connection, subject, source, clock.instant()));
        Optional<AccountStore.User> user = db.transaction(connection -> accounts.findUser(connection, username));
        boolean knownSource = verdict == LoginThrottle.Verdict.NAME_LIMITED && user.isPresent()
            && db.transaction(connection -> throttle.succeededFrom(connection, user.get().id(), source));
        if (verdict == LoginThrottle.Verdict.SOURCE_LIMITED || verdict == LoginThrottle.Verdict.NAME_LIMITED && !knownSource) {
            throw new ApiException(ErrorCode.TOO_MANY_ATTEMPTS, "Too many failed logins; try again later.",
                FAILED_LOGIN_WINDOW.toSeconds());
        }
        boolean valid;
        if (user.isPresent()) {
            valid = hasher.verify(password, user.get().passwordHash());
        } else {
            hasher.verifyNothing(password);
            valid = false;
        }
        if (!valid) {
            db.transaction(connection -> {
                audit.append(connection, new AuditLog.Entry(user.map(AccountStore.User::id).orElse(null), null, "login",
                    null, List.of(), "denied", user.isPresent() ? "wrong-password" : "unknown-user"), source, subject);
                return null;
            });
            throw new ApiException(ErrorCode.BAD_CREDENTIALS, "Unknown user name or wrong password.");
        }
        AccountStore.User found = user.get();
        return db.transaction(connection -> {
            Instant now = clock.instant();
            UUID deviceId = accounts.createDevice(connection, found.id(), deviceName, now);
            audit.append(connection, new AuditLog.Entry(found.id(), deviceId, "login", null, List.of(), "ok", ""), source, subject);
            return issue(connection, found.id(), found.username(), deviceId, now);
        });
    }

    public Grant refresh(String refreshToken) {
        // A denial is audited and committed, then answered with 401; hence null inside, the exception outside.
        Grant grant = db.transaction(connection -> {
            Instant now = clock.instant();
            try (PreparedStatement select = connection.prepareStatement(
                "select t.device_id, t.expires_at, t.used_at, d.revoked_at, u.id, u.username from refresh_token t"
                    + " join device d on d.id = t.device_id join app_user u on u.id = d.user_id"
                    + " where t.token_hash = ? for update of t")) {
                select.setBytes(1, Tokens.hash(refreshToken));
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                    UUID deviceId = rows.getObject(1, UUID.class);
                    UUID userId = rows.getObject(5, UUID.class);
                    String username = rows.getString(6);
                    String problem = rows.getTimestamp(4) != null ? "device-revoked"
                        : rows.getTimestamp(3) != null ? "refresh-token-reused"
                        : !rows.getTimestamp(2).toInstant().isAfter(now) ? "refresh-token-expired" : null;
                    if (problem != null) {
                        if (problem.equals("refresh-token-reused")) {
                            // A used token came back: it was copied. Whoever holds the newest one may be the thief, so the
                            // device's sessions end and its owner logs in again.
                            accounts.endSessions(connection, deviceId);
                        }
                        audit.append(connection, new AuditLog.Entry(userId, deviceId, "refresh", null, List.of(), "denied", problem));
                        return null;
                    }
                    markUsed(connection, refreshToken, now);
                    audit.append(connection, new AuditLog.Entry(userId, deviceId, "refresh", null, List.of(), "ok", ""));
                    return issue(connection, userId, username, deviceId, now);
                }
            }
        });
        if (grant == null) {
            throw ApiException.unauthorized("The refresh token is unknown or no longer valid; log in again.");
        }
        return grant;
    }

    /** The caller behind a bearer token, or 401. */
    public Principal authenticate(String accessToken) {
        return db.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                "select u.id, u.username, d.id from access_token t join device d on d.id = t.device_id"
                    + " join app_user u on u.id = d.user_id"
                    + " where t.token_hash = ? and t.expires_at > ? and d.revoked_at is null")) {
                select.setBytes(1, Tokens.hash(accessToken));
                select.setTimestamp(2, Timestamp.from(clock.instant()));
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw ApiException.unauthorized("Missing, unknown or expired access token.");
                    }
                    return new Principal(rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, UUID.class));
                }
            }
        });
    }

    private static void markUsed(Connection connection, String refreshToken, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update refresh_token set used_at = ? where token_hash = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setBytes(2, Tokens.hash(refreshToken));
            update.executeUpdate();
        }
    }

    private Grant issue(Connection connection, UUID userId, String username, UUID deviceId, Instant now) throws SQLException {
        String access = Tokens.newToken();
        String refresh = Tokens.newToken();
        Instant accessExpires = now.plus(ACCESS_LIFETIME);
        Instant refreshExpires = now.plus(REFRESH_LIFETIME);
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into access_token (token_hash, device_id, expires_at) values (?, ?, ?)")) {
            insert.setBytes(1, Tokens.hash(access));
            insert.setObject(2, deviceId);
            insert.setTimestamp(3, Timestamp.from(accessExpires));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into refresh_token (token_hash, device_id, issued_at, expires_at) values (?, ?, ?, ?)")) {
            insert.setBytes(1, Tokens.hash(refresh));
            insert.setObject(2, deviceId);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setTimestamp(4, Timestamp.from(refreshExpires));
            insert.executeUpdate();
        }
        try (PreparedStatement tidy = connection.prepareStatement(
            "delete from access_token where device_id = ? and expires_at <= ?")) {
            tidy.setObject(1, deviceId);
            tidy.setTimestamp(2, Timestamp.from(now));
            tidy.executeUpdate();
        }
        try (PreparedStatement seen = connection.prepareStatement("update device set last_seen_at = ? where id = ?")) {
            seen.setTimestamp(1, Timestamp.from(now));
            seen.setObject(2, deviceId);
            seen.executeUpdate();
        }
        return new Grant(userId, username, deviceId, access, accessExpires, refresh, refreshExpires);
    }
}
