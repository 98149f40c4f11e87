package nl.keukentafel.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.logic.plan.PlanFiles;
import nl.keukentafel.logic.session.Session;
import picocli.CommandLine.Command;

/**
 * {@code plan import}: reads a plan file into an existing dossier, all or nothing (exit code 13 on problems). A closed
 * dossier refuses; agreed versions already kept are never written. Not thread-safe.
 */
@Command(name = "import")
final class PlanImportCommand extends DossierFileImport {
    PlanImportCommand(CliContext context) {
        super(context, "plan.cli.error.importRefused", "plan.cli.imported");
    }

    @Override
    List<ImportProblem> importInto(Session session, UUID dossierId, String json, CliContext context) {
        return new PlanFiles(session.vault(), session.plan(), session.intake())
                .importInto(dossierId, json, LocalDate.now(context.clock()));
    }
}
