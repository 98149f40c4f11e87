package nl.keukentafel.gui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.FirstRun;
import nl.keukentafel.logic.Preferences;
import nl.keukentafel.logic.presets.Presets;
import nl.keukentafel.logic.session.SessionManager;

/**
 * What every screen needs: the session manager, the task executor, the clock, the preferences, and what the
 * installation adds (the IT department's presets, the first-run welcome). Built by the composition root (the
 * application class) or by a test with a temporary vault. FX thread only.
 */
public final class AppContext {
    private final SessionManager sessions;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final Path preferencesFile;
    private final Locale systemLocale;
    private final Presets presets;
    private final Optional<FirstRun> firstRun;
    private Preferences preferences;

    /** Without presets and without the welcome screen (most window tests). */
    public AppContext(SessionManager sessions, TaskExecutor tasks, Clock clock, Path preferencesFile, Locale systemLocale) {
        this(sessions, tasks, clock, preferencesFile, systemLocale, Presets.none(Optional.empty()), Optional.empty());
    }

    /** {@code firstRun} empty: never show the welcome screen. */
    public AppContext(SessionManager sessions, TaskExecutor tasks, Clock clock, Path preferencesFile, Locale systemLocale,
            Presets presets, Optional<FirstRun> firstRun) {
        this.sessions = sessions;
        this.tasks = tasks;
        this.clock = clock;
        this.preferencesFile = preferencesFile;
        this.systemLocale = systemLocale;
        this.presets = presets;
        this.firstRun = firstRun;
        this.preferences = presets.effective(preferencesFile);
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

    /** The IT department's presets for this computer (none, when there is no file or it was damaged). */
    public Presets presets() {
        return presets;
    }

    /** The first-run welcome, when this window may show it. */
    public Optional<FirstRun> firstRun() {
        return firstRun;
    }

    /** The language the operating system asks for (the welcome screen says so when the app does not have it). */
    public Locale systemLocale() {
        return systemLocale;
    }

    /** The file the preferences are kept in (the About screen shows its folder). */
    public Path preferencesFile() {
        return preferencesFile;
    }

    /**
     * Keeps the new preferences for this run and stores them, with every setting IT locked back at its preset
     * value; a failure to store is reported to the caller.
     */
    public void updatePreferences(Preferences changed) throws IOException {
        preferences = presets.enforceLocks(changed);
        preferences.save(preferencesFile);
    }

    /** The language the consultant chose, else the operating system's (when supported), else Dutch. */
    public Localization localization() {
        return new Localization(preferences.chosenLocale().orElse(Localization.supported(systemLocale)));
    }
}
