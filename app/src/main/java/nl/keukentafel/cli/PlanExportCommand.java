package nl.keukentafel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.plan.PlanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan export}: writes one dossier's werkplan to a plan file (JSON, docs/werkplan.md), atomically (a full disk
 * never leaves half a file). The file holds what was typed about the family, unencrypted: the command says so. The
 * read is audited. Not thread-safe.
 */
@Command(name = "export")
final class PlanExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Option(names = "--dossier", required = true, paramLabel = "ID", descriptionKey = "cli.option.dossier")
    private String dossier;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.out")
    private Path out;

    PlanExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        return IntakeCliSupport.withSession(vault, context, session -> {
            UUID id = IntakeCliSupport.dossier(session, dossier);
            String file = new PlanFiles(session.vault(), session.plan(), session.intake()).export(id)
                    .orElseThrow(() -> new CliFailure(ExitCode.DOSSIER_NOT_FOUND, "plan.cli.error.notStarted", id));
            try {
                ExportFile.write(out, stream -> stream.write(file.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException failure) {
                throw ExportFile.failure(failure, out);
            }
            context.say("plan.cli.exported", id, out.toAbsolutePath());
            return ExitCode.OK.code();
        });
    }
}
