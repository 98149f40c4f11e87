package nl.keukentafel.logic.presets;

import java.nio.file.Path;

/**
 * Why the presets file was ignored: the message key (bundle {@code i18n/messages}), the file, and the detail that
 * names what is wrong (a key or a value; the file holds settings, never personal data).
 */
public record PresetProblem(String messageKey, Path file, String detail) {
}
