package nl.keukentafel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.logic.session.Session;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The one shape of {@code intake import} and {@code plan import}: the file is read before the vault opens, the whole
 * file is checked by the feature's use case, and with any problem the problems are listed (places and ids, no
 * personal data), nothing changes and the exit code says "refused". Subclasses name the use case and their texts.
 * Not thread-safe.
 */
abstract class DossierFileImport implements Callable<Integer> {
    private final CliContext context;
    private final String refusedKey;
    private final String importedKey;

    @Mixin
    private VaultOptions vault;

    @Mixin
    private DossierOption dossier;

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "cli.option.importFile")
    private Path file;

    DossierFileImport(CliContext context, String refusedKey, String importedKey) {
        this.context = context;
        this.refusedKey = refusedKey;
        this.importedKey = importedKey;
    }

    /** Checks the whole file and writes it into the dossier only when nothing is wrong; returns the problems. */
    abstract List<ImportProblem> importInto(Session session, UUID dossierId, String json, CliContext context);

    @Override
    public final Integer call() throws CliFailure {
        String json = IntakeCliSupport.read(file);
        return CliSessions.run(vault, context, session -> {
            UUID id = dossier.in(session);
            List<ImportProblem> problems = importInto(session, id, json, context);
            if (!problems.isEmpty()) {
                throw IntakeCliSupport.refused(context, problems, refusedKey);
            }
            context.say(importedKey, id);
            return ExitCode.OK.code();
        });
    }
}
