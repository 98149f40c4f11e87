package nl.keukentafel.cli;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.intake.IntakeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code intake export}: writes one dossier's intake to an intake file (JSON, docs/intake.md). The file holds what
 * was typed about the family, unencrypted: the command says so. The read is audited. Not thread-safe.
 */
@Command(name = "export")
final class IntakeExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Mixin
    private DossierOption dossier;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "intake.cli.option.out")
    private Path out;

    IntakeExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        return CliSessions.run(vault, context, session -> {
            UUID id = dossier.in(session);
            String file = new IntakeFiles(session.vault(), session.intake()).export(id)
                    .orElseThrow(() -> new CliFailure(ExitCode.DOSSIER_NOT_FOUND, "intake.cli.error.notStarted", id));
            IntakeCliSupport.write(out, file);
            context.say("intake.cli.exported", id, out.toAbsolutePath());
            return ExitCode.OK.code();
        });
    }
}
