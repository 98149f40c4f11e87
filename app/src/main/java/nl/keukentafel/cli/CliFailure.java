package nl.keukentafel.cli;

import java.util.Arrays;

/**
 * A command could not do its work. Carries the exit code and the key of the one line the user sees, with
 * arguments that are never personal data (paths, counts). Not thread-safe (an exception).
 */
public final class CliFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final ExitCode exitCode;
    private final String messageKey;
    private final transient Object[] arguments;

    public CliFailure(ExitCode exitCode, String messageKey, Object... arguments) {
        super(exitCode + " " + messageKey);
        this.exitCode = exitCode;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
