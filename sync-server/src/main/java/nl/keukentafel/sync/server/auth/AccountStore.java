package nl.keukentafel.sync.server.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users and their devices, on a caller's connection. Stateless; thread-safe. */
public final class AccountStore {

    /** A stored user. */
    public record User(UUID id, String username, String passwordHash) {
    }

    /** A device a user logged in from; revoked devices cannot refresh or call anything. */
    public record Device(UUID id, UUID userId, String name, Instant createdAt, Instant lastSeenAt, Optional<Instant> revokedAt) {
    }

    public Optional<User> findUser(Connection connection, String username) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select id, username, password_hash from app_user where username = ?")) {
            select.setString(1, username);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                    ? Optional.of(new User(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3)))
                    : Optional.empty();
            }
        }
    }

    public UUID createUser(Connection connection, String username, String passwordHash, Instant now) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into app_user (id, username, password_hash, created_at) values (?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, username);
            insert.setString(3, passwordHash);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
        }
        return id;
    }

    public void setPassword(Connection connection, UUID userId, String passwordHash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update app_user set password_hash = ? where id = ?")) {
            update.setString(1, passwordHash);
            update.setObject(2, userId);
            update.executeUpdate();
        }
    }

    public UUID createDevice(Connection connection, UUID userId, String name, Instant now) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into device (id, user_id, name, created_at, last_seen_at) values (?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, userId);
            insert.setString(3, name);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
        }
        return id;
    }

    public List<Device> devices(Connection connection, UUID userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select id, user_id, name, created_at, last_seen_at, revoked_at from device where user_id = ? order by created_at")) {
            select.setObject(1, userId);
            try (ResultSet rows = select.executeQuery()) {
                List<Device> devices = new ArrayList<>();
                while (rows.next()) {
                    Timestamp revoked = rows.getTimestamp(6);
                    devices.add(new Device(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getTimestamp(4).toInstant(), rows.getTimestamp(5).toInstant(),
                        Optional.ofNullable(revoked).map(Timestamp::toInstant)));
                }
                return devices;
            }
        }
    }

    /** Drops a device's access and refresh tokens: its sessions end, the device itself stays (it may log in again). */
    public void endSessions(Connection connection, UUID deviceId) throws SQLException {
        for (String table : List.of("access_token", "refresh_token")) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where device_id = ?")) {
                delete.setObject(1, deviceId);
                delete.executeUpdate();
            }
        }
    }

    /** Ends the sessions of every device of a user (after a new password). */
    public void endUserSessions(Connection connection, UUID userId) throws SQLException {
        for (String table : List.of("access_token", "refresh_token")) {
            try (PreparedStatement delete = connection.prepareStatement(
                "delete from " + table + " where device_id in (select id from device where user_id = ?)")) {
                delete.setObject(1, userId);
                delete.executeUpdate();
            }
        }
    }

    /** Revokes a device and drops its tokens at once; returns false when there is no such device. */
    public boolean revokeDevice(Connection connection, UUID deviceId, Instant now) throws SQLException {
        int changed;
        try (PreparedStatement update = connection.prepareStatement(
            "update device set revoked_at = coalesce(revoked_at, ?) where id = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setObject(2, deviceId);
            changed = update.executeUpdate();
        }
        endSessions(connection, deviceId);
        return changed == 1;
    }
}
