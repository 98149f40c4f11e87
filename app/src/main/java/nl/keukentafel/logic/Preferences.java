package nl.keukentafel.logic;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The consultant's non-personal settings (language, auto-lock, evaluation interval), kept outside the vault so the
 * unlock screen can use them. Immutable and thread-safe; {@link #save(Path)} replaces the file atomically.
 *
 * @param language "nl", "en", or empty to follow the operating system
 * @param autoLockMinutes idle minutes before the vault locks itself
 * @param evaluationWeeks weeks from agreeing a werkplan to its next evaluation, unless one is planned (ADR 0005)
 * @param safetyTermWeeks weeks after the first conversation within which every child's safety is assessed (the dossier
 *     check's T3, issue 12)
 */
public record Preferences(String language, int autoLockMinutes, int evaluationWeeks, int safetyTermWeeks) {
    public static final String FILE_NAME = "preferences.properties";
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 5;
    public static final int MINIMUM_AUTO_LOCK_MINUTES = 1;
    public static final int MAXIMUM_AUTO_LOCK_MINUTES = 120;
    public static final int DEFAULT_EVALUATION_WEEKS = 6;
    public static final int MINIMUM_EVALUATION_WEEKS = 1;
    public static final int MAXIMUM_EVALUATION_WEEKS = 52;
    public static final int DEFAULT_SAFETY_TERM_WEEKS = 6;
    public static final int MINIMUM_SAFETY_TERM_WEEKS = 1;
    public static final int MAXIMUM_SAFETY_TERM_WEEKS = 26;
    private static final String LANGUAGE = "language";
    private static final String AUTO_LOCK = "autoLockMinutes";
    private static final String EVALUATION_WEEKS = "evaluationWeeks";
    private static final String SAFETY_TERM_WEEKS = "safetyTermWeeks";

    public Preferences {
        language = language == null || !(language.equals("nl") || language.equals("en")) ? "" : language;
        autoLockMinutes = Math.max(MINIMUM_AUTO_LOCK_MINUTES, Math.min(MAXIMUM_AUTO_LOCK_MINUTES, autoLockMinutes));
        evaluationWeeks = Math.max(MINIMUM_EVALUATION_WEEKS, Math.min(MAXIMUM_EVALUATION_WEEKS, evaluationWeeks));
        safetyTermWeeks = Math.max(MINIMUM_SAFETY_TERM_WEEKS, Math.min(MAXIMUM_SAFETY_TERM_WEEKS, safetyTermWeeks));
    }

    /** With the default safety term. */
    public Preferences(String language, int autoLockMinutes, int evaluationWeeks) {
        this(language, autoLockMinutes, evaluationWeeks, DEFAULT_SAFETY_TERM_WEEKS);
    }

    /** With the default evaluation interval. */
    public Preferences(String language, int autoLockMinutes) {
        this(language, autoLockMinutes, DEFAULT_EVALUATION_WEEKS);
    }

    public static Preferences defaults() {
        return new Preferences("", DEFAULT_AUTO_LOCK_MINUTES, DEFAULT_EVALUATION_WEEKS, DEFAULT_SAFETY_TERM_WEEKS);
    }

    /** The chosen language, or empty when the operating system's language is followed. */
    public Optional<Locale> chosenLocale() {
        return language.isEmpty() ? Optional.empty() : Optional.of(Locale.forLanguageTag(language));
    }

    public Preferences withLanguage(String chosen) {
        return new Preferences(chosen, autoLockMinutes, evaluationWeeks, safetyTermWeeks);
    }

    public Preferences withAutoLockMinutes(int minutes) {
        return new Preferences(language, minutes, evaluationWeeks, safetyTermWeeks);
    }

    public Preferences withEvaluationWeeks(int weeks) {
        return new Preferences(language, autoLockMinutes, weeks, safetyTermWeeks);
    }

    public Preferences withSafetyTermWeeks(int weeks) {
        return new Preferences(language, autoLockMinutes, evaluationWeeks, weeks);
    }

    /** The stored preferences; defaults when the file is missing or unreadable (it holds nothing precious). */
    public static Preferences load(Path file) {
        return load(file, defaults());
    }

    /**
     * The stored preferences, with {@code fallback}'s value for each one the file lacks (the IT department's presets,
     * see {@code logic.presets}); {@code fallback} as a whole when the file is missing or unreadable.
     */
    public static Preferences load(Path file, Preferences fallback) {
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        Properties stored = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            return fallback;
        }
        return new Preferences(stored.getProperty(LANGUAGE, fallback.language()), number(stored, AUTO_LOCK, fallback.autoLockMinutes()),
                number(stored, EVALUATION_WEEKS, fallback.evaluationWeeks()),
                number(stored, SAFETY_TERM_WEEKS, fallback.safetyTermWeeks()));
    }

    private static int number(Properties stored, String key, int fallback) {
        try {
            return Integer.parseInt(stored.getProperty(key, String.valueOf(fallback)).strip());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    public void save(Path file) throws IOException {
        Properties stored = new Properties();
        stored.setProperty(LANGUAGE, language);
        stored.setProperty(AUTO_LOCK, String.valueOf(autoLockMinutes));
        stored.setProperty(EVALUATION_WEEKS, String.valueOf(evaluationWeeks));
        stored.setProperty(SAFETY_TERM_WEEKS, String.valueOf(safetyTermWeeks));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            stored.store(writer, "Keukentafel preferences");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
