package nl.keukentafel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.model.intake.DomainList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code domains import}: replaces the life-domain list for new intakes by a municipality's file, checked whole first.
 * Existing intakes keep the list they were started with. Not thread-safe.
 */
@Command(name = "import")
final class DomainsImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "intake.cli.option.domainFile")
    private Path file;

    DomainsImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        String json = IntakeCliSupport.read(file);
        return CliSessions.run(vault, context, session -> {
            List<ImportProblem> problems = session.domainLists().replace(json);
            if (!problems.isEmpty()) {
                throw IntakeCliSupport.refused(context, problems, "intake.cli.error.domainsRefused");
            }
            DomainList list = session.domainLists().active();
            context.say("intake.cli.domains.imported", list.name(), list.id(), String.valueOf(list.version()), list.domains().size());
            return ExitCode.OK.code();
        });
    }
}
