package nl.keukentafel.cli;

import java.util.concurrent.Callable;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.genogram.gedcom.GedcomService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code gedcom}: groups {@code gedcom export} and {@code gedcom import}; alone it shows the usage. Also opens the
 * vault and checks the dossier for both. Not thread-safe (one run per instance).
 */
@Command(name = "gedcom")
final class GedcomCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    /** What an export or import does once the vault is open and the dossier exists. */
    @FunctionalInterface
    interface Work {
        int run(Session session, GedcomService gedcom) throws CliFailure;
    }

    static void register(CommandLine root, CliContext context) {
        CommandLine gedcom = new CommandLine(new GedcomCommand());
        gedcom.addSubcommand("export", new GedcomExportCommand(context));
        gedcom.addSubcommand("import", new GedcomImportCommand(context));
        root.addSubcommand("gedcom", gedcom);
    }

    static void describe(CommandLine root, Localization text) {
        CommandLine gedcom = root.getSubcommands().get("gedcom");
        Cli.label(gedcom.getCommandSpec(), text, text.get("gedcom.cli.description"));
        Cli.label(gedcom.getSubcommands().get("export").getCommandSpec(), text, text.get("gedcom.cli.export.description"));
        Cli.label(gedcom.getSubcommands().get("import").getCommandSpec(), text, text.get("gedcom.cli.import.description"));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }

    /** Unlocks the vault, checks that the dossier exists, runs {@code work}, and locks again whatever happens. */
    static int run(CliContext context, VaultOptions vault, DossierOption dossier, Work work) throws CliFailure {
        dossier.id();
        return CliSessions.run(vault, context, session -> {
            dossier.in(session);
            return work.run(session, new GedcomService(session.vault(), session.genogram(), context.clock()));
        });
    }
}
