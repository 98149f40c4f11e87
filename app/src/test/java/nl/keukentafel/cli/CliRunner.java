package nl.keukentafel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Locale;
import nl.keukentafel.i18n.Localization;

/** Runs the CLI in this JVM with captured output, in a chosen language. Not thread-safe. */
final class CliRunner {
    private CliRunner() {
    }

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        /** The error output as the user sees it: one line, or nothing. */
        String errorLine() {
            return err.strip();
        }
    }

    static Result run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(args, new Localization(locale), new PrintWriter(out), new PrintWriter(err), Clock.systemDefaultZone());
        return new Result(exitCode, out.toString(), err.toString());
    }

    static Result dutch(String... args) {
        return run(Localization.DUTCH, args);
    }
}
