package nl.keukentafel.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.SystemLanguage;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command-line companion: {@code demo}, {@code verify}, {@code sync} and {@code gedcom export|import}. Every
 * failure ends as one line in the user's language and a distinct exit code ({@link ExitCode}); never a stack
 * trace, never personal data. Thread-safe: each run builds its own commands.
 */
public final class Cli {
    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private Cli() {
    }

    /** Runs the command with the OS language and the console; returns the process exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true);
        return run(args, new Localization(Localization.supported(SystemLanguage.of(Locale.getDefault(), System.getenv()))), out, err,
                Clock.systemDefaultZone());
    }

    /** As {@link #run(String[])}, with the language and the streams given (tests). */
    public static int run(String[] args, Localization text, PrintWriter out, PrintWriter err, Clock clock) {
        // The migration chatter would bury the one line the user needs; failures still come through.
        FLYWAY_LOG.setLevel(Level.WARNING);
        CliContext context = new CliContext(text, out, clock);
        CommandLine line = new CommandLine(new KeukentafelCommand());
        line.addSubcommand("demo", new DemoCommand(context));
        line.addSubcommand("verify", new VerifyCommand(context));
        line.addSubcommand("list", new ListCommand(context));
        line.addSubcommand("sync", new SyncCommand(context));
        line.addSubcommand("check", new CheckCommand(context));
        IntakeCliSupport.register(line, context);
        GedcomCommand.register(line, context);
        PlanCommand.register(line, context);
        line.addSubcommand("print", new PrintCommand(context));
        line.addSubcommand("genogram", new CommandLine(new GenogramCommand()).addSubcommand("export", new GenogramExportCommand(context)));
        ResourceBundle cliBundle = ResourceBundle.getBundle("i18n/cli", text.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        line.setResourceBundle(cliBundle);
        IntakeCliSupport.describe(line, context, cliBundle);
        PlanCommand.describe(line, context, cliBundle);
        PrintCommand.describe(line, context, cliBundle);
        describe(line, text);
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler((problem, arguments) -> {
            err.println(UsageErrors.describe(problem, text));
            return ExitCode.USAGE.code();
        });
        line.setExecutionExceptionHandler((failure, failedLine, parsed) -> {
            CliFailure known = failure instanceof CliFailure cliFailure ? cliFailure : VaultFailures.unexpected(failure);
            err.println(text.get(known.messageKey(), known.arguments()));
            return known.exitCode().code();
        });
        try {
            return line.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Headings and descriptions come from the cli bundle; option texts through their description keys. */
    private static void describe(CommandLine line, Localization text) {
        label(line.getCommandSpec(), text, text.get("cli.description"));
        label(line.getSubcommands().get("demo").getCommandSpec(), text, text.get("cli.demo.description"));
        label(line.getSubcommands().get("verify").getCommandSpec(), text, text.get("cli.verify.description"));
        label(line.getSubcommands().get("list").getCommandSpec(), text, text.get("cli.list.description"));
        label(line.getSubcommands().get("sync").getCommandSpec(), text, text.get("cli.sync.description"));
        label(line.getSubcommands().get("check").getCommandSpec(), text, text.get("cli.check.description"));
        GedcomCommand.describe(line, text);
        CommandLine genogram = line.getSubcommands().get("genogram");
        label(genogram.getCommandSpec(), text, text.get("cli.genogram.description"));
        label(genogram.getSubcommands().get("export").getCommandSpec(), text, text.get("cli.genogram.export.description"));
        line.getCommandSpec().usageMessage().footer(text.get("cli.footer"));
    }

    static void label(CommandSpec spec, Localization text, String description) {
        spec.usageMessage().description(description)
                .synopsisHeading(text.get("cli.usage.synopsisHeading"))
                .descriptionHeading("%n")
                .optionListHeading(text.get("cli.usage.optionsHeading"))
                .commandListHeading(text.get("cli.usage.commandsHeading"))
                .synopsisSubcommandLabel(text.get("cli.usage.commandLabel"));
    }
}
