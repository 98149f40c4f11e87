package nl.keukentafel.cli;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.logic.intake.IntakeFiles;
import nl.keukentafel.logic.session.Session;
import picocli.CommandLine.Command;

/** {@code intake import}: reads an intake file into an existing dossier, all or nothing. Not thread-safe. */
@Command(name = "import")
final class IntakeImportCommand extends DossierFileImport {
    IntakeImportCommand(CliContext context) {
        super(context, "intake.cli.error.importRefused", "intake.cli.imported");
    }

    @Override
    List<ImportProblem> importInto(Session session, UUID dossierId, String json, CliContext context) {
        return new IntakeFiles(session.vault(), session.intake()).importInto(dossierId, json);
    }
}
