package nl.keukentafel.logic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operating system's language as the consultant set it. Java reports English when the locale named in
 * {@code LANG} is not installed (setlocale fails and the JVM falls back to "C"), so a Dutch laptop without the
 * nl_NL locale would silently get English screens. The POSIX variables say what was asked for, in their order of
 * precedence; when they name a language Java did not get, that language wins. Stateless and thread-safe.
 */
public final class SystemLanguage {
    private static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private SystemLanguage() {
    }

    /** The locale the consultant's system asks for: {@code javaDefault}, unless the POSIX variables ask for another language. */
    public static Locale of(Locale javaDefault, Map<String, String> environment) {
        return requested(environment)
                .filter(language -> !language.equals(javaDefault.getLanguage()))
                .map(Locale::forLanguageTag)
                .orElse(javaDefault);
    }

    /** The language code in the first set POSIX variable ("nl" for "nl_NL.UTF-8"); empty for none, "C" or "POSIX". */
    static Optional<String> requested(Map<String, String> environment) {
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                String language = value.split("[_.@]", 2)[0].toLowerCase(Locale.ROOT);
                return language.equals("c") || language.equals("posix") || !language.matches("[a-z]{2,3}")
                        ? Optional.empty() : Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
