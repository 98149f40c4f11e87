package nl.keukentafel.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way to user-visible text. Dutch is the default bundle; English is the only translation. Keys
 * live in {@code i18n/messages*.properties} (the screens), {@code i18n/cli*.properties} (the CLI), and
 * {@code i18n/intake*} / {@code i18n/genogram*} (those features' screens, exports and CLI commands);
 * a test fails on missing or unused keys. Immutable and thread-safe.
 */
public final class Localization {
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<String> BUNDLES = List.of("i18n/messages", "i18n/cli", "i18n/intake", "i18n/genogram",
            "i18n/plan", "i18n/planscreen", "i18n/evalscreen", "i18n/install", "i18n/check", "i18n/checkscreen",
            "i18n/print");

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    public Localization(Locale locale) {
        this.locale = supported(locale);
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.bundles = BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, this.locale, noFallback)).toList();
    }

    /** English for an English OS, Dutch for everything else (the users are Dutch). */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : DUTCH;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. A missing key shows as itself. */
    public String get(String key, Object... arguments) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
            }
        }
        return "!" + key + "!";
    }

    public boolean has(String key) {
        try {
            return bundles.stream().anyMatch(bundle -> bundle.containsKey(key));
        } catch (MissingResourceException missing) {
            return false;
        }
    }
}
