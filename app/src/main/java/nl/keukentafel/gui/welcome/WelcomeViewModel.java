package nl.keukentafel.gui.welcome;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.logic.FirstRun;
import nl.keukentafel.logic.presets.Setting;

/**
 * The first-run welcome: the language choice (stored at once, like in Settings) and going on to create the vault,
 * after which the welcome never shows again. FX thread only.
 */
public final class WelcomeViewModel {
    private final AppContext context;
    private final FirstRun firstRun;
    private final Locale systemLocale;
    private final Runnable rebuild;
    private final Runnable done;

    /**
     * @param systemLocale what the operating system asked for (to say so when it is not a language the app has)
     * @param rebuild shows the welcome again, in the language just chosen
     * @param done goes on to the create-vault screen
     */
    public WelcomeViewModel(AppContext context, FirstRun firstRun, Locale systemLocale, Runnable rebuild, Runnable done) {
        this.context = context;
        this.firstRun = firstRun;
        this.systemLocale = systemLocale;
        this.rebuild = rebuild;
        this.done = done;
    }

    /** "nl" or "en": the language the screens are in now. */
    public String currentLanguage() {
        return context.localization().locale().getLanguage();
    }

    /** False when the IT department locked the language. */
    public boolean languageChoosable() {
        return !context.presets().isLocked(Setting.LANGUAGE);
    }

    /**
     * The system's language when the app does not have it and nothing was chosen (so the screens fell back to Dutch),
     * shown by its own name, e.g. "Deutsch".
     */
    public Optional<String> unavailableSystemLanguage() {
        String language = systemLocale.getLanguage();
        boolean available = language.equals("nl") || language.equals("en") || language.isEmpty();
        return available || context.preferences().chosenLocale().isPresent()
                ? Optional.empty() : Optional.of(systemLocale.getDisplayLanguage(systemLocale));
    }

    /** Stores the language and shows the welcome in it; a failure to store leaves the screen as it is. */
    public void chooseLanguage(String code) {
        if (!languageChoosable() || code.equals(currentLanguage()) && context.preferences().chosenLocale().isPresent()) {
            return;
        }
        try {
            context.updatePreferences(context.preferences().withLanguage(code));
        } catch (IOException unstored) {
            return;
        }
        rebuild.run();
    }

    /** Read or skipped: never show the welcome again, and go on to creating the vault. */
    public void proceed() {
        try {
            firstRun.markSeen();
        } catch (IOException unmarked) {
            // the welcome may then show once more on the next start; creating the vault matters more
        }
        done.run();
    }
}
