package nl.keukentafel.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.logic.plan.PlanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan import}: reads a plan file into an existing dossier. The whole file is checked first; with any problem
 * the problems are listed (places and ids, no personal data), nothing changes and the exit code is 13. A closed
 * dossier refuses; agreed versions already kept are never written. Not thread-safe.
 */
@Command(name = "import")
final class PlanImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Option(names = "--dossier", required = true, paramLabel = "ID", descriptionKey = "cli.option.dossier")
    private String dossier;

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "plan.cli.option.file")
    private Path file;

    PlanImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        String json = IntakeCliSupport.read(file);
        return IntakeCliSupport.withSession(vault, context, session -> {
            UUID id = IntakeCliSupport.dossier(session, dossier);
            List<ImportProblem> problems = new PlanFiles(session.vault(), session.plan(), session.intake())
                    .importInto(id, json, LocalDate.now(context.clock()));
            if (!problems.isEmpty()) {
                throw IntakeCliSupport.refused(context, problems, "plan.cli.error.importRefused");
            }
            context.say("plan.cli.imported", id);
            return ExitCode.OK.code();
        });
    }
}
