package nl.keukentafel.sync.server.admin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.sync.server.audit.AuditLog;
import nl.keukentafel.sync.server.auth.AccountStore;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.caseload.CaseloadStore;
import nl.keukentafel.sync.server.db.Db;

/**
 * What an administrator does: users, caseload assignments, device revocation. Each step is audited with the
 * action {@code admin-...}. Used by the command line and by tests. Thread-safe.
 */
public final class Admin {
    private final Db db;
    private final AccountStore accounts = new AccountStore();
    private final CaseloadStore caseload = new CaseloadStore();
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public Admin(Db db, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.audit = new AuditLog(clock);
        this.clock = clock;
    }

    /** Creates a user, or sets a new password (ending all the user's sessions) when the user exists; returns the id. */
    public UUID createUser(String username, char[] password) {
        String hash = hasher.hash(password);
        return db.transaction(connection -> {
            Optional<AccountStore.User> existing = accounts.findUser(connection, username);
            UUID id;
            if (existing.isPresent()) {
                id = existing.get().id();
                accounts.setPassword(connection, id, hash);
                // A new password is often set because the old one leaked: sessions made with it end too.
                accounts.endUserSessions(connection, id);
            } else {
                id = accounts.createUser(connection, username, hash, clock.instant());
            }
            audit.append(connection, new AuditLog.Entry(id, null, existing.isPresent() ? "admin-set-password" : "admin-create-user",
                null, List.of(), "ok", ""));
            return id;
        });
    }

    public void assign(UUID dossierId, String username) {
        db.changeTransaction(connection -> {
            UUID userId = user(connection, username);
            caseload.assign(connection, userId, dossierId, clock.instant());
            audit.append(connection, new AuditLog.Entry(userId, null, "admin-assign", dossierId, List.of(), "ok", ""));
            return null;
        });
    }

    /** Returns false when the dossier was not in that caseload. */
    public boolean unassign(UUID dossierId, String username) {
        return db.changeTransaction(connection -> {
            UUID userId = user(connection, username);
            boolean changed = caseload.unassign(connection, userId, dossierId, clock.instant());
            audit.append(connection, new AuditLog.Entry(userId, null, "admin-unassign", dossierId, List.of(),
                changed ? "ok" : "not-assigned", ""));
            return changed;
        });
    }

    /** Returns false when there is no such device. */
    public boolean revokeDevice(UUID deviceId) {
        return db.transaction(connection -> {
            boolean revoked = accounts.revokeDevice(connection, deviceId, clock.instant());
            audit.append(connection, new AuditLog.Entry(null, deviceId, "admin-revoke-device", null, List.of(),
                revoked ? "ok" : "unknown-device", ""));
            return revoked;
        });
    }

    public List<AccountStore.Device> devices(String username) {
        return db.transaction(connection -> accounts.devices(connection, user(connection, username)));
    }

    private UUID user(java.sql.Connection connection, String username) throws java.sql.SQLException {
        return accounts.findUser(connection, username).map(AccountStore.User::id)
            .orElseThrow(() -> new IllegalArgumentException("no user named " + username));
    }
}
