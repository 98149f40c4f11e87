package nl.keukentafel.cli;

import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code plan}: groups {@code plan show}, {@code plan export}, {@code plan import} and {@code plan next-evaluation}
 * (ADR 0005, docs/werkplan.md); alone it shows the usage. Not thread-safe (one run per instance).
 */
@Command(name = "plan")
final class PlanCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    private boolean help;

    static void register(CommandLine root, CliContext context) {
        CommandLine plan = new CommandLine(new PlanCommand());
        plan.addSubcommand("show", new PlanShowCommand(context));
        plan.addSubcommand("export", new PlanExportCommand(context));
        plan.addSubcommand("import", new PlanImportCommand(context));
        plan.addSubcommand("next-evaluation", new PlanNextEvaluationCommand(context));
        root.addSubcommand("plan", plan);
    }

    /** Descriptions from the plan bundle; option texts from the plan bundle first, then the CLI's own. */
    static void describe(CommandLine root, CliContext context, ResourceBundle cliBundle) {
        CommandLine plan = root.getSubcommands().get("plan");
        plan.setResourceBundle(ChainedBundle.of("i18n/plan", context, cliBundle));
        Cli.label(plan.getCommandSpec(), context.text(), context.text().get("plan.cli.description"));
        Cli.label(plan.getSubcommands().get("show").getCommandSpec(), context.text(), context.text().get("plan.cli.show.description"));
        Cli.label(plan.getSubcommands().get("export").getCommandSpec(), context.text(), context.text().get("plan.cli.export.description"));
        Cli.label(plan.getSubcommands().get("import").getCommandSpec(), context.text(), context.text().get("plan.cli.import.description"));
        Cli.label(plan.getSubcommands().get("next-evaluation").getCommandSpec(), context.text(),
                context.text().get("plan.cli.nextEvaluation.description"));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }
}
