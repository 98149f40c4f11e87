package nl.keukentafel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import nl.keukentafel.logic.intake.ImportProblem;
import picocli.CommandLine;

/**
 * What the {@code intake} and {@code domains} commands share: registering them, reading and writing files, printing
 * import problems. Stateless and thread-safe.
 */
final class IntakeCliSupport {
    private IntakeCliSupport() {
    }

    /** Adds {@code intake export|import} and {@code domains show|import} to the root command. */
    static void register(CommandLine root, CliContext context) {
        CommandLine intake = new CommandLine(new GroupCommand());
        intake.addSubcommand("export", new IntakeExportCommand(context));
        intake.addSubcommand("import", new IntakeImportCommand(context));
        root.addSubcommand("intake", intake);
        CommandLine domains = new CommandLine(new GroupCommand());
        domains.addSubcommand("show", new DomainsShowCommand(context));
        domains.addSubcommand("import", new DomainsImportCommand(context));
        root.addSubcommand("domains", domains);
    }

    /** Texts for the usage help: the intake bundle first, then the CLI's own (for the shared vault options). */
    static void describe(CommandLine root, CliContext context, ResourceBundle cliBundle) {
        ResourceBundle both = ChainedBundle.of("i18n/intake", context, cliBundle);
        Map<String, String> descriptions = Map.of(
                "intake", "intake.cli.intake.description",
                "intake export", "intake.cli.intake.export.description",
                "intake import", "intake.cli.intake.import.description",
                "domains", "intake.cli.domains.description",
                "domains show", "intake.cli.domains.show.description",
                "domains import", "intake.cli.domains.import.description");
        for (String group : List.of("intake", "domains")) {
            CommandLine line = root.getSubcommands().get(group);
            line.setResourceBundle(both);
            line.getCommandSpec().usageMessage().description(context.text().get(descriptions.get(group)));
            line.getSubcommands().forEach((name, sub) -> sub.getCommandSpec().usageMessage()
                    .description(context.text().get(descriptions.get(group + " " + name))));
        }
    }

    static String read(Path file) throws CliFailure {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException | java.io.UncheckedIOException unreadable) {
            throw new CliFailure(ExitCode.IO, "intake.cli.error.fileUnreadable", file.toAbsolutePath());
        }
    }

    static void write(Path file, String content) throws CliFailure {
        try {
            nl.keukentafel.logic.export.DossierExports.writeAtomically(file, content);
        } catch (IOException | SecurityException unwritable) {
            throw new CliFailure(ExitCode.IO, "intake.cli.error.fileUnwritable", file.toAbsolutePath());
        }
    }

    /** Lists the problems (places and ids only, no personal data) and answers the one-line failure. */
    static CliFailure refused(CliContext context, List<ImportProblem> problems, String key) {
        problems.forEach(problem -> context.out().println("- " + problem.text(context.text())));
        return new CliFailure(ExitCode.IMPORT_REFUSED, key, problems.size());
    }

    /** A group ({@code intake}, {@code domains}) alone shows its usage. */
    @CommandLine.Command
    static final class GroupCommand implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
        private boolean help;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return ExitCode.USAGE.code();
        }
    }
}
