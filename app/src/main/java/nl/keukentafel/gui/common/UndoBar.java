package nl.keukentafel.gui.common;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The bar at the bottom of a screen after a delete or an archive: what happened, "Ongedaan maken" and a close
 * button; Ctrl+Z does the same as the button, except in a text field (there it undoes typing). One look and one key
 * for every screen that offers an {@link UndoOffer}. Put {@link #root()} in a {@link StackPane} over the screen.
 * FX thread only.
 */
public final class UndoBar {
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final UndoOffer offer;
    private final Notification bar = new Notification();

    public UndoBar(UndoOffer offer, Localization localization) {
        this.offer = offer;
        Button undo = new Button(localization.get("dossier.undo"), Icons.of(Material2MZ.UNDO));
        undo.setId("undoButton");
        undo.setTooltip(new Tooltip(localization.get("dossier.undo.tooltip")));
        undo.setOnAction(event -> offer.undo());
        bar.setId("undoBar");
        bar.getStyleClass().add(Styles.ELEVATED_2);
        bar.setPrimaryActions(undo);
        bar.setOnClose(event -> offer.dismiss());
        bar.setMaxSize(520, 0);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
        bar.setTranslateY(-24);
        bar.messageProperty().bind(offer.currentProperty().map(current -> current.message().in(localization)).orElse(""));
        bar.visibleProperty().bind(offer.currentProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
    }

    public Notification root() {
        return bar;
    }

    /** Ctrl+Z while something is offered and the keyboard is not in a text field: takes it back and consumes the key. */
    public boolean handle(KeyEvent event, Scene scene) {
        if (UNDO.match(event) && offer.isOffered() && !(scene != null && scene.getFocusOwner() instanceof TextInputControl)) {
            event.consume();
            return offer.undo();
        }
        return false;
    }
}
