package nl.keukentafel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import nl.keukentafel.logic.Session;
import nl.keukentafel.logic.SessionManager;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import picocli.CommandLine;

/**
 * What the {@code intake} and {@code domains} commands share: registering them, unlocking a vault around one piece of
 * work (always locking again), reading and writing files, printing import problems. Stateless and thread-safe.
 */
final class IntakeCliSupport {
    private IntakeCliSupport() {
    }

    /** Work on an unlocked session. */
    @FunctionalInterface
    interface SessionWork {
        int run(Session session) throws CliFailure;
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
        ResourceBundle noFallback = ResourceBundle.getBundle("i18n/intake", context.text().locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle both = new Chained(noFallback, cliBundle);
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

    static int withSession(VaultOptions vault, CliContext context, SessionWork work) throws CliFailure {
        VaultLocation location = vault.location();
        if (!location.hasAnyVaultFile()) {
            throw new CliFailure(ExitCode.VAULT_NOT_FOUND, "cli.error.vaultNotFound", location.directory());
        }
        SessionManager manager = CliSessions.manager(location, context.clock(), KdfParams.DEFAULT);
        try {
            return work.run(manager.unlock(vault.passphrase()));
        } catch (VaultException failure) {
            throw VaultFailures.of(failure, vault);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.UNEXPECTED, "cli.error.unexpected", "InterruptedException");
        } finally {
            manager.lock();
        }
    }

    /** The id of a family that is in the vault and not deleted. */
    static UUID dossier(Session session, String typed) throws CliFailure {
        UUID id;
        try {
            id = UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new CliFailure(ExitCode.USAGE, "intake.cli.error.dossierId");
        }
        boolean found = session.vault().records().find(id)
                .filter(stored -> stored.ref().kind() == RecordKind.FAMILY && !stored.deleted()).isPresent();
        if (!found) {
            throw new CliFailure(ExitCode.DOSSIER_NOT_FOUND, "intake.cli.error.noDossier", id);
        }
        return id;
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
            java.util.Set<String> keys = new java.util.TreeSet<>(first.keySet());
            keys.addAll(second.keySet());
            return java.util.Collections.enumeration(keys);
        }
    }
}
