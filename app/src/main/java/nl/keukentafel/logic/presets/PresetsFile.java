package nl.keukentafel.logic.presets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import nl.keukentafel.logic.Preferences;

/**
 * Reads the system-wide presets file that IT rolls out with the package, one per computer:
 * {@code /etc/keukentafel/settings.properties} on Linux, {@code %ProgramData%\Keukentafel\settings.properties} on
 * Windows, {@code /Library/Application Support/Keukentafel/settings.properties} on macOS; the system property
 * {@value #LOCATION_PROPERTY} points elsewhere (tests, trying a file out). The format is in docs/presets.md. A file
 * with anything wrong is ignored as a whole and reported, never fatal: half a preset is harder to reason about than
 * none. Stateless and thread-safe.
 */
public final class PresetsFile {
    public static final String LOCATION_PROPERTY = "keukentafel.presets";
    public static final String FILE_NAME = "settings.properties";
    static final String LOCKED = "locked";
    static final String LOCK_REASON = "lockReason";

    private PresetsFile() {
    }

    /** Where this computer's presets file is, for the given OS name and environment. */
    public static Path location(String osName, Map<String, String> environment, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Path.of(environment.getOrDefault("ProgramData", "C:\\ProgramData"), "Keukentafel", FILE_NAME);
        }
        if (os.contains("mac")) {
            return Path.of("/Library/Application Support/Keukentafel", FILE_NAME);
        }
        return Path.of("/etc/keukentafel", FILE_NAME);
    }

    /** This computer's presets file, as {@link #location} finds it for the running JVM. */
    public static Path systemLocation() {
        return location(System.getProperty("os.name", ""), System.getenv(), System.getProperty(LOCATION_PROPERTY));
    }

    /** The presets in {@code file}: none when it does not exist, none with the problem when it is damaged. */
    public static Presets load(Path file) {
        if (!Files.exists(file)) {
            return Presets.none(Optional.empty());
        }
        Properties stored = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(reader);
        } catch (CharacterCodingException | IllegalArgumentException garbled) {
            return damaged(file, "presets.problem.unreadable", "UTF-8");
        } catch (IOException unreadable) {
            return damaged(file, "presets.problem.unreadable", unreadable.getClass().getSimpleName());
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        Set<Setting> locked = EnumSet.noneOf(Setting.class);
        for (String key : stored.stringPropertyNames()) {
            String value = stored.getProperty(key).strip();
            if (key.equals(LOCK_REASON)) {
                continue;
            }
            if (key.equals(LOCKED)) {
                for (String name : value.split(",")) {
                    if (name.isBlank()) {
                        continue;
                    }
                    Optional<Setting> setting = Setting.ofKey(name.strip());
                    if (setting.isEmpty()) {
                        return damaged(file, "presets.problem.unknownLock", name.strip());
                    }
                    locked.add(setting.get());
                }
                continue;
            }
            Optional<Setting> setting = Setting.ofKey(key);
            if (setting.isEmpty()) {
                return damaged(file, "presets.problem.unknownKey", key);
            }
            if (!valid(setting.get(), value)) {
                return damaged(file, "presets.problem.badValue", key + "=" + value);
            }
            values.put(setting.get(), value);
        }
        for (Setting setting : locked) {
            if (!values.containsKey(setting)) {
                return damaged(file, "presets.problem.lockWithoutValue", setting.key());
            }
        }
        return new Presets(values, locked, stored.getProperty(LOCK_REASON, ""), Optional.empty());
    }

    private static boolean valid(Setting setting, String value) {
        return switch (setting) {
            case LANGUAGE -> value.equals("nl") || value.equals("en");
            case AUTO_LOCK_MINUTES -> inRange(value, Preferences.MINIMUM_AUTO_LOCK_MINUTES, Preferences.MAXIMUM_AUTO_LOCK_MINUTES);
            case EVALUATION_WEEKS -> inRange(value, Preferences.MINIMUM_EVALUATION_WEEKS, Preferences.MAXIMUM_EVALUATION_WEEKS);
            case SERVER_ADDRESS -> value.startsWith("https://") || value.startsWith("http://");
            case LIFE_DOMAINS_FILE -> !value.isBlank();
        };
    }

    private static boolean inRange(String value, int minimum, int maximum) {
        try {
            int number = Integer.parseInt(value);
            return number >= minimum && number <= maximum;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static Presets damaged(Path file, String messageKey, String detail) {
        return Presets.none(Optional.of(new PresetProblem(messageKey, file, detail)));
    }
}
