package nl.keukentafel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.logic.intake.IntakeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code intake import}: reads an intake file into an existing dossier. The whole file is checked first; with any
 * problem the problems are listed (places and ids, no personal data) and nothing changes. Not thread-safe.
 */
@Command(name = "import")
final class IntakeImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Mixin
    private DossierOption dossier;

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "intake.cli.option.file")
    private Path file;

    IntakeImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        String json = IntakeCliSupport.read(file);
        return CliSessions.run(vault, context, session -> {
            UUID id = dossier.in(session);
            List<ImportProblem> problems = new IntakeFiles(session.vault(), session.intake()).importInto(id, json);
            if (!problems.isEmpty()) {
                throw IntakeCliSupport.refused(context, problems, "intake.cli.error.importRefused");
            }
            context.say("intake.cli.imported", id);
            return ExitCode.OK.code();
        });
    }
}
