package nl.keukentafel.gui.about;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.presets.PresetProblem;
import nl.keukentafel.logic.presets.Presets;
import nl.keukentafel.logic.presets.Setting;

/** The texts about the IT department's presets, for the About and Settings screens. FX thread only. */
public final class PresetNotes {
    private PresetNotes() {
    }

    /** The damaged-file report: which file, what is wrong, and that it is ignored. */
    public static Label problem(PresetProblem problem, Localization localization) {
        Label label = new Label(localization.get("presets.problem", problem.file(),
                localization.get(problem.messageKey(), problem.detail())));
        label.setId("presetProblem");
        label.setWrapText(true);
        label.getStyleClass().add(Styles.WARNING);
        return label;
    }

    /** Why a setting cannot be changed, with IT's own reason when it gave one. */
    public static Label locked(Presets presets, Setting setting, Localization localization) {
        return locked(presets.lockReason(), setting, localization);
    }

    /** As {@link #locked(Presets, Setting, Localization)}, with IT's reason as handed on by a screen's model. */
    public static Label locked(String reason, Setting setting, Localization localization) {
        Label label = new Label(reason == null || reason.isBlank() ? localization.get("presets.locked")
                : localization.get("presets.locked.reason", reason.strip()));
        label.setId("locked-" + setting.key());
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        return label;
    }
}
