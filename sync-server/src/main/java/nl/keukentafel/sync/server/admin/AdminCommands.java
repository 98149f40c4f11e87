package nl.keukentafel.sync.server.admin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.sync.server.DatabaseOptions;
import nl.keukentafel.sync.server.ServerMain;
import nl.keukentafel.sync.server.auth.AccountStore;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.db.ServerDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admin ...}: the administrator's commands, on the same database options as {@code serve}. Not thread-safe. */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Manage users, caseloads and devices.",
    subcommands = {AdminCommands.CreateUser.class, AdminCommands.Assign.class, AdminCommands.Unassign.class,
        AdminCommands.RevokeDevice.class, AdminCommands.ListDevices.class})
public final class AdminCommands {

    /** Opens the database, runs one admin step, closes it. */
    abstract static class Step implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() throws Exception {
            // The pool and the embedded database report their start and stop at INFO; an admin step wants its answer only.
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
            try (ServerDatabase db = ServerDatabase.open(database.settings())) {
                return run(new Admin(db.db(), new PasswordHasher(PasswordHasher.STANDARD), Clock.systemUTC()));
            }
        }

        abstract int run(Admin admin) throws Exception;
    }

    @Command(name = "create-user", mixinStandardHelpOptions = true, description = "Create a user, or set a new password.")
    static final class CreateUser extends Step {
        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
            description = "File whose first line is the password; - reads standard input.")
        Path passwordFile;

        @Override
        int run(Admin admin) throws Exception {
            UUID id = admin.createUser(username, ServerMain.readSecret(passwordFile));
            System.out.println("user " + username + " " + id);
            return 0;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Put a dossier in a user's caseload.")
    static final class Assign extends Step {
        @Parameters(index = "0", paramLabel = "DOSSIER_ID")
        UUID dossierId;

        @Option(names = "--user", required = true, paramLabel = "NAME")
        String username;

        @Override
        int run(Admin admin) {
            admin.assign(dossierId, username);
            System.out.println("assigned " + dossierId + " to " + username);
            return 0;
        }
    }

    @Command(name = "unassign", mixinStandardHelpOptions = true, description = "Take a dossier out of a user's caseload.")
    static final class Unassign extends Step {
        @Parameters(index = "0", paramLabel = "DOSSIER_ID")
        UUID dossierId;

        @Option(names = "--user", required = true, paramLabel = "NAME")
        String username;

        @Override
        int run(Admin admin) {
            boolean changed = admin.unassign(dossierId, username);
            System.out.println(changed ? "unassigned " + dossierId + " from " + username : dossierId + " was not in that caseload");
            return changed ? 0 : 1;
        }
    }

    @Command(name = "revoke-device", mixinStandardHelpOptions = true, description = "Revoke a device (a lost laptop).")
    static final class RevokeDevice extends Step {
        @Parameters(index = "0", paramLabel = "DEVICE_ID")
        UUID deviceId;

        @Override
        int run(Admin admin) {
            boolean revoked = admin.revokeDevice(deviceId);
            System.out.println(revoked ? "revoked " + deviceId : "no device " + deviceId);
            return revoked ? 0 : 1;
        }
    }

    @Command(name = "list-devices", mixinStandardHelpOptions = true, description = "List a user's devices.")
    static final class ListDevices extends Step {
        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Override
        int run(Admin admin) {
            for (AccountStore.Device device : admin.devices(username)) {
                System.out.println(device.id() + "  " + device.name() + "  created " + device.createdAt() + "  last seen "
                    + device.lastSeenAt() + device.revokedAt().map(at -> "  REVOKED " + at).orElse(""));
            }
            return 0;
        }
    }
}
