package nl.keukentafel.cli;

import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.RecordKind;
import picocli.CommandLine.Option;

/**
 * {@code --dossier ID}, typed and checked the same way by every command that works on one family: an id that is not
 * a UUID is a usage error before the vault is opened; one that names no (live) family is "no such dossier". Not
 * thread-safe.
 */
final class DossierOption {
    @Option(names = "--dossier", required = true, paramLabel = "ID", descriptionKey = "cli.option.dossier")
    private String typed;

    /** The id as typed; exit 2 when it is no id at all. */
    UUID id() throws CliFailure {
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new CliFailure(ExitCode.USAGE, "cli.error.dossierId");
        }
    }

    /** The id of a family that is in the vault and not deleted; exit 14 otherwise. */
    UUID in(Session session) throws CliFailure {
        UUID id = id();
        boolean found = session.vault().records().find(id)
                .filter(stored -> stored.ref().kind() == RecordKind.FAMILY && !stored.deleted()).isPresent();
        if (!found) {
            throw new CliFailure(ExitCode.DOSSIER_NOT_FOUND, "cli.error.noDossier", id);
        }
        return id;
    }
}
