package nl.keukentafel.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.logic.plan.PlanText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan show}: prints the current version of a dossier's werkplan as text (the latest agreed version, or the
 * draft when none is agreed). The read is audited like opening the dossier. Not thread-safe.
 */
@Command(name = "show")
final class PlanShowCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Option(names = "--dossier", required = true, paramLabel = "ID", descriptionKey = "cli.option.dossier")
    private String dossier;

    PlanShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        return IntakeCliSupport.withSession(vault, context, session -> {
            UUID id = IntakeCliSupport.dossier(session, dossier);
            session.dossiers().open(id);
            PlanState state = session.plan().read(id);
            if (!state.started()) {
                throw new CliFailure(ExitCode.DOSSIER_NOT_FOUND, "plan.cli.error.notStarted", id);
            }
            context.out().print(PlanText.render(state, session.intake().read(id), context.text()));
            return ExitCode.OK.code();
        });
    }
}
