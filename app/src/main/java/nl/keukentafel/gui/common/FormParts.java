package nl.keukentafel.gui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.keukentafel.i18n.Localization;

/**
 * The small parts every form is built of — a field with its label above it (linked for screen readers and the
 * mnemonic), a section heading, a muted hint — so the intake, the werkplan and the evaluation look and read alike.
 */
public final class FormParts {
    private FormParts() {
    }

    public static VBox labelled(Localization localization, String key, Node control) {
        return labelledText(localization.get(key), control);
    }

    public static VBox labelledText(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        VBox box = new VBox(3, label, control);
        box.getStyleClass().add("field-editor");
        return box;
    }

    public static Label heading(Localization localization, String key) {
        Label label = new Label(localization.get(key));
        label.getStyleClass().addAll(Styles.TITLE_4, "section-heading");
        return label;
    }

    /** A hint wraps and never shrinks below its text, so a narrow window shows all of it rather than an ellipsis. */
    public static Label hint(Localization localization, String key, Object... arguments) {
        Label label = new Label(localization.get(key, arguments));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
