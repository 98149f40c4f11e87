package nl.keukentafel.gui.common;

import javafx.scene.Parent;

/** The app's own stylesheet on top of the AtlantaFX theme. Stateless. */
public final class Styling {
    public static final String STYLESHEET = "/nl/keukentafel/gui/keukentafel.css";

    private Styling() {
    }

    /** Adds the stylesheet to a root that is not inside the main window (a dialog). */
    public static void apply(Parent root) {
        root.getStylesheets().add(Styling.class.getResource(STYLESHEET).toExternalForm());
    }
}
