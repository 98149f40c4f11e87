package nl.keukentafel.cli;

import java.util.concurrent.Callable;
import nl.keukentafel.logic.Session;
import nl.keukentafel.logic.SessionManager;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code verify}: unlocks a vault, checks the database's integrity and prints counts, never content. Exit 0
 * only when the check passes. Not thread-safe (one run per instance).
 */
@Command(name = "verify")
final class VerifyCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        VaultLocation location = vault.location();
        if (!location.hasAnyVaultFile()) {
            throw new CliFailure(ExitCode.VAULT_NOT_FOUND, "cli.error.vaultNotFound", location.directory());
        }
        // The KDF parameters only matter for creating or re-keying; unlocking uses those in the key file.
        SessionManager manager = CliSessions.manager(location, context.clock(), KdfParams.DEFAULT);
        try {
            Session session = manager.unlock(vault.passphrase());
            VaultReport report = VaultReport.of(session.vault().database());
            if (!report.intact()) {
                throw new CliFailure(ExitCode.INTEGRITY_FAILED, "cli.error.integrity", location.directory());
            }
            report.print(context);
            return ExitCode.OK.code();
        } catch (VaultException failure) {
            throw VaultFailures.of(failure, vault);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.UNEXPECTED, "cli.error.unexpected", "InterruptedException");
        } finally {
            manager.lock();
        }
    }
}
