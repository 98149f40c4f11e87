package nl.keukentafel.gui.sync;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.sync.ConflictItem;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The open conflicts, labelled by household and record. Arrow keys move, Enter (or a double click) opens
 * the merge view, Escape goes back. FX thread only.
 */
public final class ConflictsView implements ScreenView {
    private final ConflictsViewModel model;
    private final Localization localization;
    private final ConflictTexts texts;
    private final SyncNavigation navigation;
    private final Runnable back;
    private final VBox root = new VBox(14);
    private final ListView<ConflictItem> list;
    private javafx.scene.Scene scene;
    private final EventHandler<KeyEvent> escape;

    public ConflictsView(ConflictsViewModel model, Localization localization, ZoneId zone, SyncNavigation navigation, Runnable back) {
        this.model = model;
        this.localization = localization;
        this.texts = new ConflictTexts(localization, zone);
        this.navigation = navigation;
        this.back = back;
        this.escape = EscapeGoesBack.filter(back);
        list = new ListView<>(model.conflicts());
        list.setId("conflictList");
        list.getStyleClass().add("conflict-list");
        list.setCellFactory(view -> new ConflictCell());
        Label empty = new Label(localization.get("sync.conflicts.empty"));
        empty.getStyleClass().add("empty-state");
        list.setPlaceholder(empty);
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                open();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                open();
            }
        });
        model.conflicts().subscribe(this::selectFirstWhenNone);
        selectFirstWhenNone();
        VBox.setVgrow(list, Priority.ALWAYS);
        Label error = SyncScreens.message(localization, "conflictsError", model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        root.getChildren().addAll(SyncScreens.header(localization, "conflictsBackButton",
                model.dossierId() == null ? "dossier.back" : "sync.conflicts.backToDossier", "sync.conflicts.title", back),
                SyncScreens.muted(localization.get("sync.conflicts.intro")), error, list);
        root.getStyleClass().add("screen");
        root.setId("conflictsScreen");
    }

    private void selectFirstWhenNone() {
        if (list.getSelectionModel().isEmpty() && !model.conflicts().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void open() {
        ConflictItem chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            navigation.showConflict(chosen, model.dossierId());
        }
    }

    /** Household (above its first conflict), record and field, and both values in short. */
    private final class ConflictCell extends ListCell<ConflictItem> {
        @Override
        protected void updateItem(ConflictItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(2);
            if (model.startsHousehold(getIndex())) {
                Label household = new Label(texts.household(item), Icons.of(Material2AL.HOME));
                household.getStyleClass().addAll(Styles.TEXT_BOLD, "conflict-household");
                box.getChildren().add(household);
            }
            Label what = new Label(localization.get("sync.conflicts.what", texts.recordLabel(item), texts.fieldLabel(item.field())));
            what.getStyleClass().add("conflict-what");
            Label values = new Label(localization.get("sync.conflicts.values", texts.serverHeading(), texts.serverValue(item),
                    texts.who(item.serverAuthor(), item.serverAt()), texts.clientHeading(item), texts.clientValue(item),
                    texts.who(item.clientAuthor(), item.clientAt())));
            values.getStyleClass().add("conflict-values");
            values.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().addAll(what, values);
            setGraphic(box);
        }
    }


    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return list;
    }

    @Override
    public void activate() {
        scene = root.getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        model.load();
    }

    @Override
    public void deactivate() {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
    }
}
