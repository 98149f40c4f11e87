package nl.keukentafel.gui.common;

import nl.keukentafel.i18n.Localization;

/**
 * A text a view model wants shown: its i18n key and the arguments for its placeholders. The view picks the
 * language. Immutable.
 */
public record UiText(String key, Object... arguments) {
    public String in(Localization localization) {
        return localization.get(key, arguments);
    }
}
