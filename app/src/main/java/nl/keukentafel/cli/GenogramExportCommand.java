package nl.keukentafel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.export.DossierPictures;
import nl.keukentafel.logic.genogram.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code genogram export}: draws a dossier's genogram (or with {@code --ecogram} its ecogram) and writes it as SVG,
 * PDF or PNG. Reading a dossier to take it out of the vault is recorded in the audit log ("export", with the
 * format, never content). The file appears whole or not at all. Not thread-safe (one run per instance).
 */
@Command(name = "export")
final class GenogramExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Mixin
    private DossierOption dossier;

    @Option(names = "--format", required = true, paramLabel = "svg|pdf|png", descriptionKey = "cli.option.format")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.out")
    private Path out;

    @Option(names = "--ecogram", descriptionKey = "cli.option.ecogram")
    private boolean ecogram;

    GenogramExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        ExportFormat chosen = ExportFormat.named(format)
                .orElseThrow(() -> new CliFailure(ExitCode.USAGE, "cli.genogram.error.format", format));
        dossier.id();
        return CliSessions.run(vault, context, session -> {
            UUID dossierId = dossier.in(session);
            GenogramState state = session.genogram().read(dossierId);
            LocalDate today = LocalDate.now(context.clock());
            try {
                session.exports().write(dossierId, (ecogram ? "ecogram " : "genogram ") + chosen.extension(), out,
                        stream -> new DossierPictures(context.text()::get)
                                .write(state, today, ecogram, chosen, context.text().locale(), stream));
            } catch (IOException failure) {
                throw ExportFile.failure(failure, out);
            }
            context.say(ecogram ? "cli.genogram.doneEcogram" : "cli.genogram.done", out);
            if (state.unreadable() > 0) {
                context.say("genogram.unreadable", state.unreadable());
            }
            return ExitCode.OK.code();
        });
    }
}
