package nl.keukentafel.gui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Puts the keyboard in a control that may not be in the scene yet (a tab's or a titled pane's content joins it when
 * their skin is made, on a pulse that can come after a {@code runLater}). Without it the focus fell to the header's
 * first button under load and the first keys typed went nowhere. FX thread only.
 */
public final class FocusWhenShown {
    private FocusWhenShown() {
    }

    public static void request(Node control) {
        if (control.getScene() != null) {
            Platform.runLater(control::requestFocus);
            return;
        }
        control.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene now) {
                if (now != null) {
                    observable.removeListener(this);
                    Platform.runLater(control::requestFocus);
                }
            }
        });
    }
}
