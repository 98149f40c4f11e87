package nl.keukentafel;

import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The one logging configuration (README, "Logs"). Libraries log through SLF4J into java.util.logging; this sends
 * warnings and errors — one line each, the logger's name and message, never a stack trace — to standard error, and
 * nothing to disk. Our own code logs no personal data and the store's messages hold ids only, but a library message
 * may quote a value, so stack traces and details below WARNING are dropped. The command line is quieter still: only
 * SEVERE, so a command prints its own one line and nothing else. Call once, first thing in main. Not thread-safe.
 */
final class LogSetup {
    /** Held strongly: java.util.logging forgets the configuration of a logger nobody references. */
    private static final Logger ROOT = Logger.getLogger("");

    private LogSetup() {
    }

    static void configure(boolean commandLine) {
        LogManager.getLogManager().reset();
        ConsoleHandler console = new ConsoleHandler();
        Level level = commandLine ? Level.SEVERE : Level.WARNING;
        console.setLevel(level);
        console.setFormatter(new OneLine());
        ROOT.setLevel(level);
        ROOT.addHandler(console);
    }

    /** "WARNING org.flywaydb…: message", no time, no trace. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            return record.getLevel() + " " + record.getLoggerName() + ": " + formatMessage(record) + System.lineSeparator();
        }
    }
}
