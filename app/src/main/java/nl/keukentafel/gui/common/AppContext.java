package nl.keukentafel.gui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.Preferences;
import nl.keukentafel.logic.session.SessionManager;

/**
 * What every screen needs: the session manager, the task executor, the clock and the preferences. Built by
 * the composition root (the application class) or by a test with a temporary vault. FX thread only.
 */
public final class AppContext {
    private final SessionManager sessions;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final Path preferencesFile;
    private final Locale systemLocale;
    private Preferences preferences;

    public AppContext(SessionManager sessions, TaskExecutor tasks, Clock clock, Path preferencesFile, Locale systemLocale) {
        this.sessions = sessions;
        this.tasks = tasks;
        this.clock = clock;
        this.preferencesFile = preferencesFile;
        this.systemLocale = systemLocale;
        this.preferences = Preferences.load(preferencesFile);
    }

    public SessionManager sessions() {
        return sessions;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public Clock clock() {
        return clock;
    }

    public Preferences preferences() {
        return preferences;
    }

    /** Weeks from agreeing a werkplan to its next evaluation (Settings; default 6), for {@code PlanService.agree}. */
    public int evaluationWeeks() {
        return preferences.evaluationWeeks();
    }

    /** Keeps the new preferences for this run and stores them; a failure to store is reported to the caller. */
    public void updatePreferences(Preferences changed) throws IOException {
        preferences = changed;
        changed.save(preferencesFile);
    }

    /** The language the consultant chose, else the operating system's (when supported), else Dutch. */
    public Localization localization() {
        return new Localization(preferences.chosenLocale().orElse(Localization.supported(systemLocale)));
    }
}
