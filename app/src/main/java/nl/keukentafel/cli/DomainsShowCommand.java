package nl.keukentafel.cli;

import java.util.concurrent.Callable;
import nl.keukentafel.model.intake.DomainList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code domains show}: prints the life-domain list new intakes start with. No personal data. Not thread-safe. */
@Command(name = "show")
final class DomainsShowCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    DomainsShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        return CliSessions.run(vault, context, session -> {
            DomainList list = session.domainLists().active();
            context.say("intake.cli.domains.heading", list.name(), list.id(), String.valueOf(list.version()));
            for (DomainList.ScoreLevel level : list.levels()) {
                context.out().println("  " + level.score() + "  " + level.label());
            }
            for (DomainList.DomainDefinition domain : list.domains()) {
                context.say("intake.cli.domains.line", domain.code(), domain.label(), domain.clientLabel(),
                        context.text().get("domainScope." + domain.scope().name()));
            }
            return ExitCode.OK.code();
        });
    }
}
