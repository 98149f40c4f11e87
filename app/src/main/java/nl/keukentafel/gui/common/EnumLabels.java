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

    public static String label(Localization localization, String prefix, Enum<?> value) {
        return localization.get(prefix + value.name());
    }
}
