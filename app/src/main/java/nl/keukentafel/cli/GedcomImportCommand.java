package nl.keukentafel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.genogram.gedcom.GedcomIssue;
import nl.keukentafel.logic.genogram.gedcom.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gedcom import}: reads a GEDCOM file into a dossier's genogram and prints the report (counts, then every
 * skipped item and error with its line). A file with errors is refused whole: exit {@link ExitCode#IMPORT_REFUSED}
 * and nothing written. {@code --dry-run} only reports. Not thread-safe (one run per instance).
 */
@Command(name = "import")
final class GedcomImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Mixin
    private DossierOption dossier;

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "cli.option.gedcomFile")
    private Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.option.dryRun")
    private boolean dryRun;

    GedcomImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        dossier.id();
        String text = read();
        return GedcomCommand.run(context, vault, dossier, (session, gedcom) -> {
            ImportReport report = gedcom.importText(dossier.id(), text, dryRun);
            context.say("gedcom.cli.report.counts", report.newPersons(), report.matchedMembers(), report.unions(),
                    report.parentLinks(), report.twinGroups(), report.relations());
            list("gedcom.cli.report.warnings", report.warnings());
            list("gedcom.cli.report.errors", report.errors());
            if (report.refused()) {
                throw new CliFailure(ExitCode.IMPORT_REFUSED, "gedcom.cli.error.refused", report.errors().size());
            }
            context.say(report.written() ? "gedcom.cli.report.written" : "gedcom.cli.report.dryRun");
            return ExitCode.OK.code();
        });
    }

    /** Read as UTF-8 (what GEDCOM 7 prescribes); a byte that is not UTF-8 becomes a replacement character, not a failure. */
    private String read() throws CliFailure {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new CliFailure(ExitCode.IO, "gedcom.cli.error.file", file);
        }
    }

    private void list(String headingKey, List<GedcomIssue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        context.say(headingKey, issues.size());
        issues.forEach(issue -> context.say("gedcom.cli.report.line", context.text().get(issue.key(), issue.messageArguments())));
    }
}
