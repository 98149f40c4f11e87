package nl.keukentafel.gui.unlock;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;

/** Layout of the create-vault and unlock screen: one calm card in the middle of the window. FX thread only. */
public final class UnlockView implements ScreenView {
    private final UnlockViewModel model;
    private final Localization localization;
    private final StackPane root = new StackPane();
    private final TextField consultantName = new TextField();
    private final PasswordField passphrase = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    public UnlockView(UnlockViewModel model, Localization localization) {
        this.model = model;
        this.localization = localization;
        root.setId("unlockScreen");
        root.getStyleClass().add("unlock-screen");
        root.getChildren().add(card());
    }

    private VBox card() {
        boolean create = model.createMode();
        Label title = new Label(localization.get("app.title"), Icons.of(Material2AL.LOCK));
        title.getStyleClass().addAll(Styles.TITLE_2, "unlock-title");
        Label intro = new Label(localization.get(create ? "unlock.create.intro" : "unlock.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        VBox card = new VBox(12, title, intro);
        if (create) {
            consultantName.setId("consultantName");
            consultantName.textProperty().bindBidirectional(model.consultantNameProperty());
            card.getChildren().add(labelled("unlock.consultantName", consultantName));
        }
        passphrase.setId("passphrase");
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        card.getChildren().add(labelled(create ? "unlock.newPassphrase" : "unlock.passphrase", passphrase));
        if (create) {
            confirmation.setId("passphraseConfirmation");
            confirmation.textProperty().bindBidirectional(model.confirmationProperty());
            card.getChildren().add(labelled("unlock.confirmation", confirmation));
            Label advice = new Label(localization.get("unlock.create.advice"));
            advice.setWrapText(true);
            advice.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            card.getChildren().add(advice);
        }

        Button submit = new Button(localization.get(create ? "unlock.create.button" : "unlock.button"));
        submit.setId("unlockButton");
        submit.setDefaultButton(true);
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.setOnAction(event -> model.submit());
        submit.disableProperty().bind(model.busyProperty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("unlockProgress");
        progress.setPrefSize(20, 20);
        Label busyText = new Label();
        busyText.setId("unlockBusy");
        busyText.setWrapText(true);
        busyText.textProperty().bind(model.busyMessageProperty().map(this::text).orElse(""));
        HBox busyRow = new HBox(8, progress, busyText);
        busyRow.setAlignment(Pos.CENTER_LEFT);
        busyRow.visibleProperty().bind(model.busyProperty());
        busyRow.managedProperty().bind(model.busyProperty());

        Label error = message("unlockMessage", Styles.DANGER);
        error.textProperty().bind(model.errorProperty().map(this::text).orElse(""));
        Label hint = message("unlockHint", Styles.TEXT_MUTED);
        hint.textProperty().bind(model.hintProperty().map(this::text).orElse(""));

        Label location = new Label(localization.get("unlock.location", model.vaultDirectory()));
        location.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        location.setWrapText(true);

        card.getChildren().addAll(submit, busyRow, error, hint, location);
        card.getStyleClass().add("unlock-card");
        card.setMaxWidth(440);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        for (TextField input : new TextField[] {consultantName, passphrase, confirmation}) {
            input.disableProperty().bind(model.busyProperty());
        }
        return card;
    }

    private Label message(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private VBox labelled(String key, TextField field) {
        Label label = new Label(localization.get(key));
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        return new VBox(4, label, field);
    }

    private String text(UiText message) {
        return localization.get(message.key(), message.arguments());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return model.createMode() ? consultantName : passphrase;
    }
}
