package nl.keukentafel.gui.common;

import nl.keukentafel.i18n.Localization;

/**
 * The i18n key of an enum value shown on screen: a prefix per enum plus the constant's name, e.g.
 * {@code gender.FEMALE}. The consistency test knows these prefixes. Stateless.
 */
public final class EnumLabels {
    public static final String GENDER = "gender.";
    public static final String ROLE = "role.";
    public static final String RESIDENCE = "residence.";
    public static final String RECORD_KIND = "recordKind.";

    private EnumLabels() {
    }

    /**
     * The key of a value of an enum in {@code model.intake} or {@code model.genogram}: the enum's simple name in
     * lower camel case, a dot, the constant, e.g. {@code riskLevel.HIGH}. The consistency test finds these enums
     * itself, so each of their values needs a label in both languages.
     */
    public static String key(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }

    public static String label(Localization localization, Enum<?> value) {
        return localization.get(key(value));
    }

    public static String label(Localization localization, String prefix, Enum<?> value) {
        return localization.get(prefix + value.name());
    }
}
