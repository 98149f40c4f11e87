package nl.keukentafel.gui.sync;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.sync.client.SyncStatus;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The header's sync status, always visible: the state (click for server and login), open conflicts and
 * rejected changes when there are any (click for their lists), and "sync now". Styled like the save
 * indicator beside it. FX thread only.
 */
public final class SyncIndicator {
    private final Localization localization;
    private final Clock clock;
    private final SyncStatusModel model;
    private final HBox root = new HBox(6);
    private final Button state = new Button();
    private final Button conflicts = new Button();
    private final Button rejected = new Button();
    private final Label received = new Label();
    private final HBox receivedNotice = new HBox(4);
    private final Button now;

    public SyncIndicator(SyncStatusModel model, Localization localization, Clock clock, SyncNavigation navigation, Runnable syncNow) {
        this.localization = localization;
        this.clock = clock;
        state.setId("syncStatus");
        state.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        state.getStyleClass().addAll("sync-status", Styles.FLAT);
        state.setOnAction(event -> navigation.showServer());
        conflicts.setId("syncConflicts");
        conflicts.getStyleClass().addAll("sync-status", Styles.FLAT, Styles.DANGER);
        conflicts.setGraphic(Icons.of(Material2AL.CALL_SPLIT));
        conflicts.setTooltip(new Tooltip(localization.get("sync.status.conflicts.tooltip")));
        conflicts.setOnAction(event -> navigation.showConflicts(null));
        rejected.setId("syncRejected");
        rejected.getStyleClass().addAll("sync-status", Styles.FLAT, Styles.WARNING);
        rejected.setGraphic(Icons.of(Material2AL.BLOCK));
        rejected.setTooltip(new Tooltip(localization.get("sync.status.rejected.tooltip")));
        rejected.setOnAction(event -> navigation.showRejected());
        received.setId("syncReceived");
        received.getStyleClass().add("received-text");
        received.setGraphic(Icons.of(Material2AL.GROUP));
        received.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        received.setTooltip(new Tooltip(localization.get("sync.status.received.tooltip")));
        Button closeReceived = new Button(null, Icons.of(Material2AL.CLOSE));
        closeReceived.setId("syncReceivedClose");
        closeReceived.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        closeReceived.setTooltip(new Tooltip(localization.get("sync.status.received.close")));
        closeReceived.setAccessibleText(localization.get("sync.status.received.close"));
        closeReceived.setOnAction(event -> dismissReceived(closeReceived));
        // Escape on the notice closes it, and does not also leave the screen as Escape elsewhere does: a screen's Escape
        // filter asks the notice first; where there is none (the caseload) the button's own handler takes the key
        EscapeGoesBack.closesFirst(receivedNotice, () -> dismissReceived(closeReceived));
        closeReceived.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                dismissReceived(closeReceived);
            }
        });
        receivedNotice.getChildren().addAll(received, closeReceived);
        receivedNotice.getStyleClass().add("received-notice");
        receivedNotice.setAlignment(Pos.CENTER_LEFT);
        now = new Button(null, Icons.of(Material2MZ.SYNC));
        now.setId("syncNowButton");
        now.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        now.setTooltip(new Tooltip(localization.get("sync.now.tooltip")));
        now.setAccessibleText(localization.get("sync.now.tooltip"));
        now.setOnAction(event -> syncNow.run());
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("syncIndicator");
        root.getChildren().addAll(state, receivedNotice, conflicts, rejected, now);
        this.model = model;
        model.statusProperty().subscribe(this::show);
        model.pendingProperty().subscribe(count -> show(model.status()));
        // issue 14: after a (first) sync brings families, say so here, in the header — no dialog in the way; it stays
        // until closed (the small ×, or Escape on it) or until one of those families is opened (SyncService.receivedNotice)
        model.receivedProperty().subscribe(count -> {
            received.setText(count.intValue() > 0 ? SyncStatusTexts.received(count.intValue()).in(localization) : "");
            received.setVisible(count.intValue() > 0);
            receivedNotice.setVisible(count.intValue() > 0);
            receivedNotice.setManaged(count.intValue() > 0);
        });
    }

    /** Closes the notice; the keyboard goes on to "sync now" rather than to nowhere. */
    private void dismissReceived(Button closeButton) {
        boolean hadFocus = closeButton.isFocused();
        model.dismissReceived();
        if (hadFocus) {
            now.requestFocus();
        }
    }

    public HBox root() {
        return root;
    }

    private void show(SyncStatus status) {
        state.setText(SyncStatusTexts.describe(status, model.pendingProperty().get(), LocalDate.now(clock),
                clock.getZone(), localization));
        state.setTooltip(new Tooltip(SyncStatusTexts.explain(status.state()).in(localization)));
        state.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.ACCENT);
        String style = style(status.state());
        if (style != null) {
            state.getStyleClass().add(style);
        }
        state.setGraphic(Icons.of(icon(status.state())));
        conflicts.setText(SyncStatusTexts.conflicts(status.conflicts()).in(localization));
        show(conflicts, status.conflicts() > 0);
        rejected.setText(SyncStatusTexts.rejected(status.rejected()).in(localization));
        show(rejected, status.rejected() > 0);
    }

    private static void show(Button button, boolean visible) {
        button.setVisible(visible);
        button.setManaged(visible);
    }

    private static String style(SyncStatus.State state) {
        return switch (state) {
            case NOT_CONFIGURED -> null;
            case SYNCING -> Styles.ACCENT;
            case SYNCED -> Styles.SUCCESS;
            case OFFLINE, SERVER_TROUBLE -> Styles.WARNING;
            case NEEDS_LOGIN, UPDATE_APP -> Styles.DANGER;
        };
    }

    private static Ikon icon(SyncStatus.State state) {
        return switch (state) {
            case NOT_CONFIGURED -> Material2MZ.SYNC_DISABLED;
            case OFFLINE -> Material2AL.CLOUD_OFF;
            case SYNCING -> Material2MZ.SYNC;
            case SYNCED -> Material2AL.CLOUD_DONE;
            case NEEDS_LOGIN -> Material2AL.LOGIN;
            case UPDATE_APP -> Material2MZ.SYSTEM_UPDATE;
            case SERVER_TROUBLE -> Material2MZ.SYNC_PROBLEM;
        };
    }
}
