package nl.keukentafel.cli;

/**
 * The process exit codes of the command-line companion, one per kind of failure so scripts can tell them
 * apart. The numbers are part of the documented interface: do not renumber. Immutable.
 */
public enum ExitCode {
    OK(0),
    /** Reserved by picocli's convention for a command that was not understood. */
    USAGE(2),
    VAULT_EXISTS(3),
    VAULT_NOT_FOUND(4),
    WRONG_PASSPHRASE(5),
    PASSPHRASE_FILE(6),
    VAULT_UNREADABLE(7),
    INTEGRITY_FAILED(8),
    WEAK_PASSPHRASE(9),
    DISK_FULL(10),
    IO(11),
    /** The sync server could not be reached, refused the login, or the vault is not linked to one. */
    SYNC_FAILED(12),
    /** An import file (intake file, domain list, GEDCOM) or a change (plan next-evaluation) was refused; nothing changed. */
    IMPORT_REFUSED(13),
    /** The dossier named on the command line is not in the vault, or has no intake to export. */
    DOSSIER_NOT_FOUND(14),
    /** A sync server address with plain http to another computer: refused before any connection. */
    INSECURE_SERVER(15),
    /** {@code check}: the check ran and findings remain open (not a failure of the command: a team lead's signal). */
    FINDINGS_OPEN(16),
    UNEXPECTED(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
