package nl.keukentafel.cli;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import nl.keukentafel.logic.plan.PlanRefusal;
import nl.keukentafel.logic.plan.PlanService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan next-evaluation}: plans or moves a dossier's next evaluation, the command line's twin of the Evaluatie
 * tab's "Volgende evaluatie gepland op" through the same use case ({@link PlanService#planNextEvaluation}). Its
 * refusals (unreadable date, a day already past, no werkplan, a closed dossier) are the use case's sentences, exit 13
 * (no werkplan: exit 14, as {@code plan show}) and nothing written. Not thread-safe.
 */
@Command(name = "next-evaluation")
final class PlanNextEvaluationCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Mixin
    private DossierOption dossier;

    @Option(names = "--on", required = true, paramLabel = "DD-MM-JJJJ", descriptionKey = "plan.cli.option.on")
    private String on;

    PlanNextEvaluationCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        return CliSessions.run(vault, context, session -> {
            UUID id = dossier.in(session);
            PlanService plan = session.plan();
            boolean changed;
            try {
                changed = plan.planNextEvaluation(id, on).join();
            } catch (CompletionException failure) {
                throw refused(PlanRefusal.in(failure), failure);
            }
            String planned = plan.read(id).plan().orElseThrow().nextEvaluationOn();
            context.say(changed ? "plan.cli.nextEvaluation.planned" : "plan.cli.nextEvaluation.unchanged", id, planned);
            return ExitCode.OK.code();
        });
    }

    /** The use case's refusal as one line; any other failure goes on to the shared handler. */
    private CliFailure refused(Optional<PlanRefusal> refusal, CompletionException failure) {
        if (refusal.isEmpty()) {
            throw failure;
        }
        boolean noPlan = refusal.get().problems().get(0).messageKey().equals("plan.refusal.noPlan");
        return new CliFailure(noPlan ? ExitCode.DOSSIER_NOT_FOUND : ExitCode.IMPORT_REFUSED, "plan.cli.error.nextEvaluationRefused",
                refusal.get().text(context.text()));
    }
}
