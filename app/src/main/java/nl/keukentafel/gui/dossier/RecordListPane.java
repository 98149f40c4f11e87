package nl.keukentafel.gui.dossier;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A list of records on the left and the selected one's fields on the right (members, network). The Delete
 * key or the delete button removes the selected record; undo is offered by the dossier screen. FX thread only.
 *
 * @param <T> the view model of one record
 */
final class RecordListPane<T> extends BorderPane {
    /** How the pane shows and edits one kind of record. */
    interface Binder<T> {
        ObservableValue<String> title(T item);

        ObservableValue<String> subtitle(T item);

        void bind(T item);

        void unbind();
    }

    private final ListView<T> list = new ListView<>();
    private final Binder<T> binder;
    private final Node detail;
    private final Node firstField;
    private final StackPane detailArea = new StackPane();

    RecordListPane(Localization localization, ObservableList<T> items, Binder<T> binder, Parts parts, Consumer<T> delete) {
        this.binder = binder;
        this.detail = parts.detail();
        this.firstField = parts.firstField();
        list.setId(parts.listId());
        list.setItems(items);
        list.setPrefWidth(280);
        list.setCellFactory(view -> new RecordCell<>(binder, localization.get("dossier.unnamed")));
        Label empty = new Label(localization.get(parts.emptyKey()));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        list.setPlaceholder(empty);
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && selected() != null) {
                event.consume();
                delete.accept(selected());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button deleteButton = new Button(localization.get(parts.deleteKey()), Icons.of(Material2AL.DELETE_OUTLINE));
        deleteButton.setId(parts.deleteId());
        deleteButton.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        deleteButton.setOnAction(event -> delete.accept(selected()));
        deleteButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());

        HBox addButtons = new HBox(8);
        addButtons.getChildren().addAll(parts.addButtons());
        VBox left = new VBox(10, addButtons, list, deleteButton);
        left.getStyleClass().add("record-list");
        setLeft(left);

        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Label nothingSelected = new Label(localization.get("dossier.nothingSelected"));
        nothingSelected.getStyleClass().add("empty-state");
        detailArea.getChildren().addAll(nothingSelected, scroll);
        scroll.visibleProperty().bind(list.getSelectionModel().selectedItemProperty().isNotNull());
        nothingSelected.visibleProperty().bind(scroll.visibleProperty().not());
        BorderPane.setMargin(detailArea, new Insets(0, 0, 0, 20));
        setCenter(detailArea);

        list.getSelectionModel().selectedItemProperty().subscribe(this::show);
    }

    /** The fixed pieces of one pane: ids, texts and the detail form. */
    record Parts(String listId, String emptyKey, String deleteId, String deleteKey, List<Button> addButtons, Node detail,
                 Node firstField) {
    }

    private void show(T item) {
        binder.unbind();
        if (item != null) {
            binder.bind(item);
        }
    }

    /** Selects a (new) record and puts the cursor in its first field. */
    void select(T item) {
        list.getSelectionModel().select(item);
        list.scrollTo(item);
        // the tab may have been switched in this same pulse; its content only takes focus once shown
        javafx.application.Platform.runLater(firstField::requestFocus);
    }

    /** Selects the record {@code which} picks and puts the cursor in the detail's control with this id (a search hit). */
    void reveal(Predicate<T> which, String controlId) {
        list.getItems().stream().filter(which).findFirst().ifPresent(item -> {
            list.getSelectionModel().select(item);
            list.scrollTo(item);
            javafx.application.Platform.runLater(() -> focus(detail, controlId));
        });
    }

    /** Focuses the control with this id inside {@code root}, if there is one; the caller's scroll pane follows. */
    static void focus(Node root, String controlId) {
        Node control = root.lookup("#" + controlId);
        if (control != null) {
            control.requestFocus();
        }
    }

    T selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    ListView<T> list() {
        return list;
    }

    /** One row: the live name (or "no name yet") and a muted second line. */
    private static final class RecordCell<T> extends ListCell<T> {
        private final Binder<T> binder;
        private final String unnamed;
        private final Label title = new Label();
        private final Label subtitle = new Label();
        private final VBox graphic = new VBox(2, title, subtitle);

        RecordCell(Binder<T> binder, String unnamed) {
            this.binder = binder;
            this.unnamed = unnamed;
            title.getStyleClass().add(Styles.TEXT_BOLD);
            subtitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            // long organisation names end in "…" instead of widening the list with a scroll bar
            setPrefWidth(0);
            title.setMinWidth(0);
            subtitle.setMinWidth(0);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            title.textProperty().unbind();
            subtitle.textProperty().unbind();
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.textProperty().bind(binder.title(item).map(name -> name.isBlank() ? unnamed : name));
            subtitle.textProperty().bind(binder.subtitle(item));
            setGraphic(graphic);
        }
    }
}
