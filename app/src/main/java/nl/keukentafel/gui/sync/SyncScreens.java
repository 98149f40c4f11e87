package nl.keukentafel.gui.sync;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;

/** Pieces the sync screens share with the rest of the app's look: a back header, a card, a message line. Stateless. */
final class SyncScreens {
    private SyncScreens() {
    }

    static HBox header(Localization localization, String backId, String titleKey, Runnable back) {
        return header(localization, backId, "dossier.back", titleKey, back);
    }

    /** {@code backKey} names where back goes, e.g. "Conflicten". */
    static HBox header(Localization localization, String backId, String backKey, String titleKey, Runnable back) {
        Button backButton = new Button(localization.get(backKey), Icons.of(Material2AL.ARROW_BACK));
        backButton.setId(backId);
        backButton.getStyleClass().add(Styles.FLAT);
        backButton.setTooltip(new Tooltip(localization.get("dossier.back.tooltip")));
        backButton.setOnAction(event -> back.run());
        Label title = new Label(localization.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_3);
        HBox header = new HBox(12, backButton, title);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    static VBox section(Localization localization, String titleKey, String hintKey, Node... body) {
        Label heading = new Label(localization.get(titleKey));
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-heading");
        Label hint = new Label(localization.get(hintKey));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox section = new VBox(8, heading, hint);
        section.getChildren().addAll(body);
        section.getStyleClass().add("settings-section");
        return section;
    }

    /** A wrapping label that shows a view model's message and takes no room when there is none. */
    static Label message(Localization localization, String id, ObservableValue<UiText> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text.map(message -> message.in(localization)).orElse(""));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
