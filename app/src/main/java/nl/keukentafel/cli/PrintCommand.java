package nl.keukentafel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.print.PrintDocument;
import nl.keukentafel.logic.print.PrintRefusal;
import nl.keukentafel.logic.print.PrintRequest;
import nl.keukentafel.logic.print.PrintSection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code print}: one of a dossier's documents as an accessible PDF (docs/printing.md), with the document's safe
 * default sections, or with {@code --with}/{@code --without} added or left out. Through the same use case as the
 * print dialog ({@code logic.print.PrintService}): the PDF is made in full first, then written next to its
 * destination and moved into place, and the audit log gets "export" with "print ouders" (never the content).
 * Not thread-safe (one run per instance).
 */
@Command(name = "print")
final class PrintCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Mixin
    private DossierOption dossier;

    @Option(names = "--document", required = true, paramLabel = "ouders|kind|professional|evaluatie|eind|genogram",
            descriptionKey = "print.cli.option.document")
    private String document;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.out")
    private Path out;

    @Option(names = "--with", split = ",", paramLabel = "SECTION", descriptionKey = "print.cli.option.with")
    private List<String> with = List.of();

    @Option(names = "--without", split = ",", paramLabel = "SECTION", descriptionKey = "print.cli.option.without")
    private List<String> without = List.of();

    @Option(names = "--evaluation", paramLabel = "DATE|ID", descriptionKey = "print.cli.option.evaluation")
    private String evaluation;

    PrintCommand(CliContext context) {
        this.context = context;
    }

    /** Option texts from the print bundle first, then the CLI's own. */
    static void describe(CommandLine root, CliContext context, ResourceBundle cliBundle) {
        CommandLine print = root.getSubcommands().get("print");
        print.setResourceBundle(ChainedBundle.of("i18n/print", context, cliBundle));
        Cli.label(print.getCommandSpec(), context.text(), context.text().get("print.cli.description"));
    }

    @Override
    public Integer call() throws CliFailure {
        PrintDocument chosen = PrintDocument.named(document)
                .orElseThrow(() -> new CliFailure(ExitCode.USAGE, "print.cli.error.document", document));
        Set<PrintSection> sections = PrintSection.defaults(chosen);
        sections.addAll(sections(with, chosen));
        sections.removeAll(sections(without, chosen));
        dossier.id();
        return CliSessions.run(vault, context, session -> {
            UUID dossierId = dossier.in(session);
            java.util.Optional<UUID> evaluationId = chosen == PrintDocument.EVALUATIE
                    ? chosenEvaluation(session.print(), dossierId) : java.util.Optional.empty();
            PrintRequest request = new PrintRequest(chosen, sections, ZonedDateTime.now(context.clock()), evaluationId);
            try {
                byte[] pdf = session.print().render(dossierId, request, context.text());
                session.print().save(dossierId, pdf, chosen, out);
            } catch (PrintRefusal refused) {
                throw new CliFailure(ExitCode.DOSSIER_NOT_FOUND, refused.key());
            } catch (IOException failure) {
                throw ExportFile.failure(failure, out);
            }
            context.say("print.cli.done", out);
            return ExitCode.OK.code();
        });
    }

    /** The evaluation {@code --evaluation} names; empty for the latest. Unknown: exit 14 with the dates there are. */
    private java.util.Optional<UUID> chosenEvaluation(nl.keukentafel.logic.print.PrintService print, UUID dossierId)
            throws CliFailure {
        if (evaluation == null) {
            return java.util.Optional.empty();
        }
        List<String> dates = print.evaluationDates(dossierId);
        if (dates.isEmpty()) {
            throw new CliFailure(ExitCode.DOSSIER_NOT_FOUND, "print.error.noEvaluation");
        }
        return java.util.Optional.of(print.evaluation(dossierId, evaluation).orElseThrow(() -> new CliFailure(
                ExitCode.DOSSIER_NOT_FOUND, "print.cli.error.evaluation", evaluation, String.join(", ", dates))));
    }

    private static Set<PrintSection> sections(List<String> names, PrintDocument document) throws CliFailure {
        Set<PrintSection> sections = EnumSet.noneOf(PrintSection.class);
        for (String name : names) {
            String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            PrintSection section = java.util.Arrays.stream(PrintSection.values()).filter(candidate -> candidate.name().equals(wanted))
                    .filter(candidate -> candidate.offeredIn(document)).findFirst()
                    .orElseThrow(() -> new CliFailure(ExitCode.USAGE, "print.cli.error.section", name, PrintSection.offered(document)
                            .stream().map(offered -> offered.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
            sections.add(section);
        }
        return sections;
    }
}
