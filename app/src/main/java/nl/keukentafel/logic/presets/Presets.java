package nl.keukentafel.logic.presets;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.keukentafel.logic.Preferences;

/**
 * The settings the municipality's IT department preset for every user of this computer (see {@link PresetsFile}).
 * A preset value is the starting value the consultant may change; a locked one always wins and the settings screen
 * shows it greyed out with {@link #lockReason()}. A damaged file gives {@link #none} with its {@link #problem()}.
 * Immutable and thread-safe.
 *
 * @param values the preset values, as checked text per setting
 * @param locked the settings the consultant cannot change
 * @param lockReason the text IT wrote to explain the locks (may be empty)
 * @param problem why the file was ignored, when it was
 */
public record Presets(Map<Setting, String> values, Set<Setting> locked, String lockReason, Optional<PresetProblem> problem) {
    public Presets {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
        locked = Set.copyOf(locked);
        lockReason = lockReason == null ? "" : lockReason.strip();
    }

    /** No presets: no file, or a file that was ignored for {@code problem}. */
    public static Presets none(Optional<PresetProblem> problem) {
        return new Presets(Map.of(), Set.of(), "", problem);
    }

    public Optional<String> value(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }

    public boolean isLocked(Setting setting) {
        return locked.contains(setting);
    }

    public Optional<String> serverAddress() {
        return value(Setting.SERVER_ADDRESS);
    }

    /** The municipality's life-domain list file (JSON, as the settings screen imports it). */
    public Optional<Path> lifeDomainsFile() {
        return value(Setting.LIFE_DOMAINS_FILE).map(Path::of);
    }

    /** The built-in defaults with the preset values in their place: what a consultant starts with. */
    public Preferences startingPreferences() {
        return enforce(Preferences.defaults(), values.keySet());
    }

    /**
     * What a consultant on this computer works with: the stored preferences in {@code preferencesFile}, the presets
     * for what the file lacks, and every locked setting at its preset value. The app and the command line both start
     * from this, so a check or a plan made from a shell uses the same terms as the screens.
     */
    public Preferences effective(Path preferencesFile) {
        return enforceLocks(Preferences.load(preferencesFile, startingPreferences()));
    }

    /** {@code chosen} with every locked setting back at its preset value. */
    public Preferences enforceLocks(Preferences chosen) {
        return enforce(chosen, locked);
    }

    private Preferences enforce(Preferences preferences, Set<Setting> which) {
        Preferences result = preferences;
        for (Setting setting : which) {
            String value = values.get(setting);
            if (value == null) {
                continue;
            }
            result = switch (setting) {
                case LANGUAGE -> result.withLanguage(value);
                case AUTO_LOCK_MINUTES -> result.withAutoLockMinutes(Integer.parseInt(value));
                case EVALUATION_WEEKS -> result.withEvaluationWeeks(Integer.parseInt(value));
                case SERVER_ADDRESS, LIFE_DOMAINS_FILE -> result;
            };
        }
        return result;
    }
}
