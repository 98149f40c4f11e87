package nl.keukentafel.cli;

import java.io.PrintWriter;
import java.time.Clock;
import nl.keukentafel.i18n.Localization;

/** What every command needs from its surroundings: the texts, where normal output goes, the clock. Immutable. */
record CliContext(Localization text, PrintWriter out, Clock clock) {
    void say(String key, Object... arguments) {
        out.println(text.get(key, arguments));
    }
}
