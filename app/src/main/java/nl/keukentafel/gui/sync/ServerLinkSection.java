package nl.keukentafel.gui.sync;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The settings' server part (issue 14). Linked: the server's address, the account, the last sync, "Afmelden" and a way
 * to the server screen; not linked: why to log in and the way to the login form. Follows the sync status while the
 * settings are on screen ({@link #activate()} … {@link #deactivate()}). FX thread only.
 */
public final class ServerLinkSection implements ScreenView {
    private final ServerLoginViewModel model;
    private final VBox root;
    private final Button open;

    /** {@code showServer} opens the server and login screen. */
    public ServerLinkSection(ServerLoginViewModel model, Localization localization, Runnable showServer) {
        this.model = model;
        Label account = SyncScreens.message(localization, "settingsSyncAccount", model.accountProperty());
        account.setGraphic(Icons.of(Material2AL.CLOUD_DONE));
        account.getStyleClass().add(Styles.SUCCESS);
        Button logout = new Button(localization.get("sync.logout"), Icons.of(Material2AL.LOG_OUT));
        logout.setId("settingsLogoutButton");
        logout.setOnAction(event -> model.logout());
        shownWhenLinked(logout, model);
        open = new Button(localization.get("settings.server.button"), Icons.of(Material2MZ.SYNC));
        open.setId("settingsServerButton");
        open.setOnAction(event -> showServer.run());
        HBox actions = new HBox(8, open, logout);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = SyncScreens.message(localization, "settingsSyncMessage", model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        root = SyncScreens.section(localization, "settings.server", "settings.server.hint", account, linkDetails(model, localization),
                actions, message);
        root.setId("settingsServerSection");
    }

    /** The server's address and the last sync, shown while linked; for this section and the server screen. */
    static VBox linkDetails(ServerLoginViewModel model, Localization localization) {
        Label server = new Label();
        server.setId("syncServerAddress");
        server.setWrapText(true);
        server.textProperty().bind(model.serverProperty().map(address -> localization.get("sync.link.server", address)));
        Label last = SyncScreens.message(localization, "syncLastSync", model.lastSyncProperty());
        last.getStyleClass().add(Styles.TEXT_MUTED);
        VBox details = new VBox(4, server, last);
        shownWhenLinked(details, model);
        return details;
    }

    private static void shownWhenLinked(Node node, ServerLoginViewModel model) {
        node.visibleProperty().bind(model.linkedProperty());
        node.managedProperty().bind(node.visibleProperty());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return open;
    }

    @Override
    public void activate() {
        // the model follows the sync status from its making; deactivate ends that
    }

    @Override
    public void deactivate() {
        model.dispose();
    }
}
