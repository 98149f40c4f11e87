package nl.keukentafel.logic.plan;

import nl.keukentafel.i18n.Localization;

/**
 * Labels for texts the logic writes (the end report, {@code plan show}): an enum value by the app's convention
 * {@code enumName.CONSTANT}, a blank as a dash. Stateless and thread-safe.
 */
final class Labels {
    static final String NONE = "—";

    private Labels() {
    }

    static String of(Localization text, Enum<?> value) {
        if (value == null) {
            return NONE;
        }
        String type = value.getDeclaringClass().getSimpleName();
        return text.get(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
    }

    static String or(String value) {
        return value == null || value.isBlank() ? NONE : value.strip();
    }
}
