package nl.keukentafel.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code plan}: groups {@code plan show}, {@code plan export} and {@code plan import} (ADR 0005, docs/werkplan.md);
 * alone it shows the usage. Not thread-safe (one run per instance).
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
        root.addSubcommand("plan", plan);
    }

    /** Descriptions from the plan bundle; option texts from the plan bundle first, then the CLI's own. */
    static void describe(CommandLine root, CliContext context, ResourceBundle cliBundle) {
        CommandLine plan = root.getSubcommands().get("plan");
        ResourceBundle own = ResourceBundle.getBundle("i18n/plan", context.text().locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        plan.setResourceBundle(new Chained(own, cliBundle));
        Cli.label(plan.getCommandSpec(), context.text(), context.text().get("plan.cli.description"));
        Cli.label(plan.getSubcommands().get("show").getCommandSpec(), context.text(), context.text().get("plan.cli.show.description"));
        Cli.label(plan.getSubcommands().get("export").getCommandSpec(), context.text(), context.text().get("plan.cli.export.description"));
        Cli.label(plan.getSubcommands().get("import").getCommandSpec(), context.text(), context.text().get("plan.cli.import.description"));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }

    /** Looks a key up in the first bundle, then in the second. */
    private static final class Chained extends ResourceBundle {
        private final ResourceBundle first;
        private final ResourceBundle second;

        Chained(ResourceBundle first, ResourceBundle second) {
            this.first = first;
            this.second = second;
        }

        @Override
        protected Object handleGetObject(String key) {
            return first.containsKey(key) ? first.getObject(key) : second.containsKey(key) ? second.getObject(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new TreeSet<>(first.keySet());
            keys.addAll(second.keySet());
            return Collections.enumeration(keys);
        }
    }
}
