package nl.keukentafel.gui.sync;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.sync.RejectedItem;
import org.kordamp.ikonli.material2.Material2AL;

/** The changes the server refused: when, which record, what was sent, and why. Nothing is lost. FX thread only. */
public final class RejectedView implements ScreenView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-uuuu HH:mm");

    private final RejectedViewModel model;
    private final Localization localization;
    private final Runnable back;
    private final VBox root = new VBox(14);
    private final TableView<RejectedItem> table;
    private javafx.scene.Scene scene;
    private final EventHandler<KeyEvent> escape;

    public RejectedView(RejectedViewModel model, Localization localization, ZoneId zone, Runnable back) {
        this.model = model;
        this.localization = localization;
        this.back = back;
        this.escape = EscapeGoesBack.filter(back);
        table = new TableView<>(model.rejected());
        table.setId("rejectedTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("sync.rejected.column.when", 130,
                item -> item.at() == null ? "" : WHEN.format(item.at().atZone(zone))));
        table.getColumns().add(column("sync.rejected.column.record", 120, item -> item.ref() == null
                ? "" : EnumLabels.label(localization, EnumLabels.RECORD_KIND, item.ref().kind())));
        table.getColumns().add(column("sync.rejected.column.op", 120, item -> RejectedViewModel.operation(item.op()).in(localization)));
        TableColumn<RejectedItem, String> reason = column("sync.rejected.column.reason", 460,
                item -> RejectedViewModel.reason(item.reason()).in(localization));
        reason.setCellFactory(column -> new WrappingCell());
        table.getColumns().add(reason);
        Label empty = new Label(localization.get("sync.rejected.empty"));
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label safe = new Label(localization.get("sync.rejected.intro"), Icons.of(Material2AL.INFO));
        safe.setWrapText(true);
        safe.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = SyncScreens.message(localization, "rejectedError", model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        root.getChildren().addAll(SyncScreens.header(localization, "rejectedBackButton", "sync.rejected.title", back), safe, error, table);
        root.getStyleClass().add("screen");
        root.setId("rejectedScreen");
    }

    private TableColumn<RejectedItem, String> column(String key, double width, Function<RejectedItem, String> value) {
        TableColumn<RejectedItem, String> column = new TableColumn<>(localization.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A reason is a sentence; it wraps rather than being cut off. */
    private static final class WrappingCell extends TableCell<RejectedItem, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            text.getStyleClass().add("text");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setText(null);
            setGraphic(empty ? null : text);
        }
    }


    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return table;
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
