package nl.keukentafel.gui.plan;

import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.i18n.Localization;

/** An enum value of the werkplan on screen by the app's convention ({@code goalStatus.ACTIVE}); none as empty. Stateless. */
final class PlanLabels {
    private PlanLabels() {
    }

    static String label(Localization localization, Enum<?> value) {
        return value == null ? "" : EnumLabels.label(localization, value);
    }
}
