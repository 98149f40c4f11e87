package nl.keukentafel.cli;

import nl.keukentafel.store.ReadOnlyRecordException;
import nl.keukentafel.store.StoreException;
import nl.keukentafel.store.VaultException;

/** Turns store and vault exceptions into the user's one line and exit code. Stateless and thread-safe. */
final class VaultFailures {
    private VaultFailures() {
    }

    static CliFailure of(VaultException failure, VaultOptions options) {
        Object directory = options.location().directory();
        return switch (failure.reason()) {
            case WRONG_PASSPHRASE -> new CliFailure(ExitCode.WRONG_PASSPHRASE, "cli.error.wrongPassphrase");
            case NOT_FOUND -> new CliFailure(ExitCode.VAULT_NOT_FOUND, "cli.error.vaultNotFound", directory);
            case ALREADY_EXISTS -> new CliFailure(ExitCode.VAULT_EXISTS, "cli.error.vaultExists", directory);
            case KEY_FILE_MISSING -> new CliFailure(ExitCode.VAULT_UNREADABLE, "cli.error.keyFileMissing", directory);
            case KEY_FILE_UNREADABLE -> new CliFailure(ExitCode.VAULT_UNREADABLE, "cli.error.keyFileUnreadable", directory);
            case DATABASE_UNREADABLE -> new CliFailure(ExitCode.VAULT_UNREADABLE, "cli.error.databaseUnreadable", directory);
            case DISK_FULL -> new CliFailure(ExitCode.DISK_FULL, "cli.error.diskFull");
            case IO -> new CliFailure(ExitCode.IO, "cli.error.io", directory);
        };
    }

    /** A failure that escaped a command: a store failure (e.g. a full disk mid-way), or a bug. */
    static CliFailure unexpected(Throwable failure) {
        // a closed dossier or an agreed plan version refuses every write (ADR 0005): nothing changed, say why
        java.util.Optional<ReadOnlyRecordException> readOnly = ReadOnlyRecordException.in(failure);
        if (readOnly.isPresent()) {
            return readOnly.get().reason() == ReadOnlyRecordException.Reason.DOSSIER_CLOSED
                    ? new CliFailure(ExitCode.IMPORT_REFUSED, "plan.cli.error.dossierClosed")
                    : new CliFailure(ExitCode.IMPORT_REFUSED, "plan.cli.error.frozen");
        }
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof StoreException store) {
                return store.diskFull() ? new CliFailure(ExitCode.DISK_FULL, "cli.error.diskFull")
                        : new CliFailure(ExitCode.IO, "cli.error.store");
            }
        }
        return new CliFailure(ExitCode.UNEXPECTED, "cli.error.unexpected", failure.getClass().getSimpleName());
    }
}
