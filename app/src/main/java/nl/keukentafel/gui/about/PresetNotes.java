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
        Label label = new Label(presets.lockReason().isEmpty() ? localization.get("presets.locked")
                : localization.get("presets.locked.reason", presets.lockReason()));
        label.setId("locked-" + setting.key());
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        return label;
    }
}
