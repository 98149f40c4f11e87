package nl.keukentafel.cli;

import java.io.IOException;
import java.nio.file.Path;
import nl.keukentafel.logic.export.DossierExports;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.genogram.gedcom.GedcomService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gedcom export}: writes a dossier's genogram as a GEDCOM 7 file (audited). Not thread-safe (one run per instance). */
@Command(name = "export")
final class GedcomExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Mixin
    private DossierOption dossier;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.gedcomOut")
    private Path out;

    GedcomExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        return GedcomCommand.run(context, vault, dossier, (session, gedcom) -> {
            GedcomService.Exported exported = gedcom.export(dossier.id());
            try {
                DossierExports.writeAtomically(out, exported.text());
            } catch (IOException failure) {
                CliFailure known = ExportFile.failure(failure, out);
                throw known.exitCode() == ExitCode.DISK_FULL ? known : new CliFailure(ExitCode.IO, "gedcom.cli.error.file", out);
            }
            context.say("gedcom.cli.exported", out, exported.persons());
            if (exported.unreadable() > 0) {
                context.say("genogram.unreadable", exported.unreadable());
            }
            return ExitCode.OK.code();
        });
    }
}
