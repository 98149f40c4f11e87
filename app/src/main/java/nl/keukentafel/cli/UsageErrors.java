package nl.keukentafel.cli;

import nl.keukentafel.i18n.Localization;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Says in the user's language what was wrong with the command line; picocli's own messages are English only.
 * Stateless and thread-safe.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static String describe(CommandLine.ParameterException problem, Localization text) {
        String command = problem.getCommandLine().getCommandSpec().qualifiedName();
        if (problem instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return text.get("cli.usage.missing", name(missing.getMissing().get(0)), command);
        }
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return text.get("cli.usage.unknown", unmatched.getUnmatched().get(0), command);
        }
        if (problem.getArgSpec() != null) {
            return text.get("cli.usage.invalid", name(problem.getArgSpec()), command);
        }
        return text.get("cli.usage.general", command);
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
