package nl.keukentafel.gui.sync;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.logic.sync.SyncService;
import nl.keukentafel.sync.client.SyncStatus;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A dossier screen with a banner above it while the family has open conflicts; the banner leads to them.
 * Wraps the dossier rather than changing it, so the dossier knows nothing of sync; when a sync round ends it asks
 * the dossier to show what the vault holds now ({@code refresh}) and counts the conflicts again. FX thread only.
 */
public final class DossierWithConflicts implements ScreenView {
    private final ScreenView dossier;
    private final SyncService service;
    private final TaskExecutor tasks;
    private final UUID dossierId;
    private final Localization localization;
    private final BorderPane root = new BorderPane();
    private final HBox banner = new HBox(14);
    private final Label title = new Label();
    private final Runnable refresh;
    private AutoCloseable subscription;
    private Instant lastRound;
    private boolean subscribed;

    public DossierWithConflicts(ScreenView dossier, Runnable refresh, SyncService service, TaskExecutor tasks, UUID dossierId,
                                Localization localization, SyncNavigation navigation) {
        this.dossier = dossier;
        this.refresh = refresh;
        this.service = service;
        this.tasks = tasks;
        this.dossierId = dossierId;
        this.localization = localization;
        Button show = new Button(localization.get("sync.banner.show"), Icons.of(Material2AL.CALL_SPLIT));
        show.setId("dossierConflictsButton");
        show.setOnAction(event -> navigation.showConflicts(dossierId));
        title.setId("dossierConflictTitle");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setGraphic(Icons.of(Material2AL.CALL_SPLIT));
        Label description = new Label(localization.get("sync.banner.description"));
        description.setWrapText(true);
        VBox text = new VBox(2, title, description);
        HBox.setHgrow(text, Priority.ALWAYS);
        banner.getChildren().addAll(text, show);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setId("dossierConflictBanner");
        banner.getStyleClass().add("conflict-banner");
        banner.setVisible(false);
        banner.setManaged(false);
        root.setTop(banner);
        root.setCenter(dossier.root());
    }

    private void showCount(List<ConflictItem> open) {
        boolean any = !open.isEmpty();
        title.setText(any ? localization.get("sync.banner.title", open.size()) : "");
        banner.setVisible(any);
        banner.setManaged(any);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return dossier.initialFocus();
    }

    @Override
    public void activate() {
        dossier.activate();
        countConflicts();
        subscribed = false;
        subscription = SyncStatusModel.follow(service, this::roundEnded);
    }

    private void countConflicts() {
        tasks.execute(() -> service.openConflicts(dossierId), this::showCount, failure -> showCount(List.of()));
    }

    /** Each finished round has a new time; the first status, at subscribing, only sets the baseline. */
    private void roundEnded(SyncStatus status) {
        if (!subscribed) {
            subscribed = true;
            lastRound = status.lastSynced();
            return;
        }
        if (status.state() != SyncStatus.State.SYNCED || status.lastSynced() == null || status.lastSynced().equals(lastRound)) {
            return;
        }
        lastRound = status.lastSynced();
        refresh.run();
        countConflicts();
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            SyncStatusModel.closeQuietly(subscription);
            subscription = null;
        }
        dossier.deactivate();
    }
}
