package nl.keukentafel.gui.sync;

import atlantafx.base.theme.Styles;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.about.PresetNotes;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.presets.Setting;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Server and login: where the central server is, who logs in, who is logged in now, and logging out. Enter in
 * the password field logs in; Escape goes back. FX thread only.
 */
public final class ServerLoginView implements ScreenView {
    private final ServerLoginViewModel model;
    private final Localization localization;
    private final Runnable back;
    private final ScrollPane root;
    private final TextField address = new TextField();
    private final Button logoutButton;
    private javafx.scene.Scene scene;
    private final EventHandler<KeyEvent> escape;

    public ServerLoginView(ServerLoginViewModel model, Localization localization, Runnable back) {
        this(model, localization, "dossier.back", back);
    }

    /** {@code backKey} names where the back button goes (reached from the settings it says "Instellingen"). */
    public ServerLoginView(ServerLoginViewModel model, Localization localization, String backKey, Runnable back) {
        this.model = model;
        this.localization = localization;
        this.back = back;
        this.escape = EscapeGoesBack.filter(back);
        this.logoutButton = new Button(localization.get("sync.logout"), Icons.of(Material2AL.LOG_OUT));
        Label message = SyncScreens.message(localization, "loginMessage", model.messageProperty());
        model.failedProperty().subscribe(failed -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
            message.getStyleClass().add(failed ? Styles.DANGER : Styles.TEXT_MUTED);
        });
        VBox login = loginSection();
        // once linked, the screen shows the link, not the login form again (issue 14); logging out brings the form back
        login.visibleProperty().bind(model.linkedProperty().not());
        login.managedProperty().bind(login.visibleProperty());
        VBox content = new VBox(20, SyncScreens.header(localization, "serverBackButton", backKey, "sync.login.title", back),
                accountSection(), message, login);
        content.getStyleClass().addAll("screen", "settings");
        content.setMaxWidth(640);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("serverScreen");
    }

    private VBox accountSection() {
        Label account = SyncScreens.message(localization, "syncAccount", model.accountProperty());
        account.setGraphic(Icons.of(Material2AL.CLOUD_DONE));
        account.getStyleClass().add(Styles.SUCCESS);
        Label nobody = SyncScreens.muted(localization.get("sync.login.nobody"));
        nobody.setId("syncNobody");
        nobody.visibleProperty().bind(account.visibleProperty().not());
        nobody.managedProperty().bind(nobody.visibleProperty());
        Button logout = logoutButton;
        logout.setId("logoutButton");
        logout.visibleProperty().bind(account.visibleProperty());
        logout.managedProperty().bind(logout.visibleProperty());
        logout.setOnAction(event -> model.logout());
        Label safe = SyncScreens.muted(localization.get("sync.logout.hint"));
        safe.visibleProperty().bind(account.visibleProperty());
        safe.managedProperty().bind(safe.visibleProperty());
        return SyncScreens.section(localization, "sync.login.accountTitle", "sync.login.accountHint", account,
                ServerLinkSection.linkDetails(model, localization), nobody, safe, logout);
    }

    private VBox loginSection() {
        address.setId("serverAddress");
        address.setPromptText(localization.get("sync.login.address.prompt"));
        address.textProperty().bindBidirectional(model.addressProperty());
        address.disableProperty().bind(model.addressLockedProperty());
        TextField username = new TextField();
        username.setId("syncUsername");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("syncPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(event -> model.login());
        Button login = new Button(localization.get("sync.login.button"), Icons.of(Material2AL.LOGIN));
        login.setId("loginButton");
        login.getStyleClass().add(Styles.ACCENT);
        login.setDefaultButton(false);
        login.disableProperty().bind(model.busyProperty());
        login.setOnAction(event -> model.login());
        // why the address cannot be changed, in the words IT gave (the settings screen's locked settings say the same)
        Label locked = PresetNotes.locked(model.lockReason(), Setting.SERVER_ADDRESS, localization);
        locked.visibleProperty().bind(model.addressLockedProperty());
        locked.managedProperty().bind(locked.visibleProperty());
        VBox fields = new VBox(10, labelled("sync.login.address", address), locked,
                SyncScreens.muted(localization.get("sync.login.address.hint")),
                labelled("sync.login.username", username), labelled("sync.login.password", password), new HBox(login));
        return SyncScreens.section(localization, "sync.login.section", "sync.login.hint", fields);
    }

    private VBox labelled(String key, TextInputControl field) {
        Label label = new Label(localization.get(key));
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        return new VBox(4, label, field);
    }


    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        // linked: nothing to type, and Enter or Space must not log out by accident
        return model.linkedProperty().get() ? root : address;
    }

    @Override
    public void activate() {
        scene = root.getScene();
        // a scroll pane puts its content into the scene only once its skin exists; make it now, so focus can go there
        root.applyCss();
        root.layout();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
    }

    @Override
    public void deactivate() {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        model.dispose();
    }
}
