package nl.keukentafel.gui.caseload;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Asks for the household name of a new family, inside the window (no separate dialog to lose behind
 * others). Enter creates, Escape cancels. FX thread only.
 */
final class NewFamilyBar extends HBox {
    private final TextField name = new TextField();

    NewFamilyBar(Localization localization, Consumer<String> create) {
        Label label = new Label(localization.get("caseload.newFamily.label"));
        label.setLabelFor(name);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        name.setId("newFamilyName");
        name.setPromptText(localization.get("caseload.newFamily.prompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(localization.get("caseload.newFamily.create"), Icons.of(Material2MZ.PERSON_ADD));
        add.setId("createFamilyButton");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(name.textProperty().map(String::isBlank));
        Button cancel = new Button(localization.get("common.cancel"));
        cancel.setId("cancelFamilyButton");
        Runnable submit = () -> {
            if (!name.getText().isBlank()) {
                String typed = name.getText();
                close();
                create.accept(typed);
            }
        };
        add.setOnAction(event -> submit.run());
        name.setOnAction(event -> submit.run());
        cancel.setOnAction(event -> close());
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close();
            }
        });
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("new-family-bar");
        getChildren().addAll(label, name, add, cancel);
        close();
    }

    void open() {
        setVisible(true);
        setManaged(true);
        name.clear();
        name.requestFocus();
    }

    void close() {
        setVisible(false);
        setManaged(false);
        name.clear();
    }
}
