package nl.keukentafel.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code verify}: unlocks a vault, checks the database's integrity and prints counts, never content. Exit 0
 * only when the check passes. Not thread-safe (one run per instance).
 */
@Command(name = "verify")
final class VerifyCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        return CliSessions.run(vault, context, session -> {
            VaultReport report = VaultReport.of(session.vault().database());
            if (!report.intact()) {
                throw new CliFailure(ExitCode.INTEGRITY_FAILED, "cli.error.integrity", vault.location().directory());
            }
            report.print(context);
            return ExitCode.OK.code();
        });
    }
}
