package nl.keukentafel.gui.genogram;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.drawing.DrawingPane;
import nl.keukentafel.gui.drawing.ExportMenu;
import nl.keukentafel.gui.drawing.SaveTarget;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.genogram.RelationType;

/**
 * The genogram editor: the drawing in the middle, a toolbar above, the selected person's details on the right. Built
 * for the keyboard while a family talks: arrows select, P/K/O/B add partner, child, parents, sibling, Enter edits, R draws
 * an emotional relation, Ctrl+Z/Ctrl+Y undo and redo; symbols can be dragged. FX thread only.
 */
public final class GenogramView implements ScreenView {
    private final GenogramViewModel model;
    private final Localization localization;
    private final BorderPane root = new BorderPane();
    private final DrawingPane canvas = new DrawingPane();
    private final PersonPanel panel;
    private final ListView<RelationType> relationTypes = new ListView<>();
    private final VBox side = new VBox(12);
    private final EventHandler<KeyEvent> undoKeys = this::undoKeys;
    private final GenogramToolbar toolbar;
    private Subscription subscriptions = Subscription.EMPTY;

    /** With the system's save dialog for exports. */
    public GenogramView(GenogramViewModel model, Localization localization) {
        this(model, localization, SaveTarget.saveDialog(localization, "genogram"));
    }

    /** {@code target}: where an export goes (the save dialog, or a fixed file in a test). */
    public GenogramView(GenogramViewModel model, Localization localization, SaveTarget target) {
        this.model = model;
        this.localization = localization;
        this.panel = new PersonPanel(model, localization, canvas::requestFocus);
        root.setId("genogramScreen");
        canvas.setId("genogramCanvas");
        canvas.setOnPicked(this::picked);
        canvas.setOnMoved(id -> keyOf(id) != null && model.pictureProperty().get() != null
                && model.pictureProperty().get().layout().persons().containsKey(keyOf(id)),
                (id, distance) -> model.moveBy(keyOf(id), distance.getX(), distance.getY()));
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, new DrawingKeys(canvas, model, this::editSelected, this::chooseRelationType));
        toolbar = new GenogramToolbar(model, localization, canvas, target);
        root.setTop(toolbar.root());
        root.setCenter(canvas);
        relationTypes();
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(340);
        scroll.setMinWidth(300);
        side.setPadding(new Insets(12));
        side.getChildren().setAll(panel.root());
        root.setRight(scroll);
        Label message = new Label();
        message.setId("genogramMessage");
        message.getStyleClass().add(Styles.WARNING);
        message.textProperty().bind(model.messageProperty().map(text -> text.in(localization)).orElse(""));
        Label hint = new Label(localization.get("genogram.keys"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox bottom = new VBox(2, message, hint);
        bottom.setPadding(new Insets(6, 12, 6, 12));
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(bottom);
        VBox.setVgrow(panel.root(), Priority.ALWAYS);
    }

    private void relationTypes() {
        relationTypes.setId("relationTypeChooser");
        relationTypes.getItems().setAll(RelationType.values());
        relationTypes.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RelationType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : EnumLabels.label(localization, item));
            }
        });
        relationTypes.setPrefHeight(300);
        relationTypes.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                model.finishRelation(relationTypes.getSelectionModel().getSelectedItem());
                side.getChildren().setAll(panel.root());
                canvas.requestFocus();
            } else if (event.getCode() == KeyCode.R) {
                event.consume();
                model.cancelRelation();
                side.getChildren().setAll(panel.root());
                canvas.requestFocus();
            }
        });
    }

    /** Enter in relation mode: the other end is chosen, now the kind of relation. */
    private void chooseRelationType() {
        Label title = new Label(localization.get("genogram.relation.chooseType"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        side.getChildren().setAll(title, relationTypes);
        relationTypes.getSelectionModel().selectFirst();
        relationTypes.requestFocus();
    }

    private void editSelected() {
        panel.firstField().ifPresent(Node::requestFocus);
    }

    private void picked(String id) {
        UUID key = keyOf(id);
        if (key != null && model.pictureProperty().get() != null && model.pictureProperty().get().layout().persons().containsKey(key)) {
            model.selectedProperty().set(key);
        }
    }

    /**
     * The drawer frames each drawing at a margin, so a change on the left edge would shift everything; the view pans by
     * the same amount back, so what did not move stays put on the screen (a dropped symbol stays under the mouse).
     */
    private void showPicture(GenogramPicture before, GenogramPicture after) {
        if (after == null) {
            return;
        }
        Optional<Point2D> oldOffset = offset(before);
        canvas.show(after.drawing());
        Optional<Point2D> newOffset = offset(after);
        if (oldOffset.isPresent() && newOffset.isPresent()) {
            canvas.panBy((oldOffset.get().getX() - newOffset.get().getX()) * canvas.zoom(),
                    (oldOffset.get().getY() - newOffset.get().getY()) * canvas.zoom());
        }
    }

    /** Where layout point (0, 0) is in the drawing shown: from any person's symbol and its placement. */
    private Optional<Point2D> offset(GenogramPicture picture) {
        if (picture == null) {
            return Optional.empty();
        }
        return picture.layout().persons().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .flatMap(entry -> canvas.symbolBounds(entry.getKey().toString()).map(bounds -> new Point2D(
                        bounds.getCenterX() - entry.getValue().x(), bounds.getCenterY() - entry.getValue().y())).stream())
                .findFirst();
    }

    static UUID keyOf(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAPerson) {
            return null;
        }
    }

    private void undoKeys(KeyEvent event) {
        if (ExportMenu.KEYS.match(event)) {
            event.consume();
            toolbar.openExport();
            return;
        }
        if (root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (event.isShortcutDown() && (event.getCode() == KeyCode.Y || event.getCode() == KeyCode.Z && event.isShiftDown())) {
            event.consume();
            model.redo();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.Z) {
            event.consume();
            model.undo();
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return canvas;
    }

    public DrawingPane canvas() {
        return canvas;
    }

    @Override
    public void activate() {
        root.addEventHandler(KeyEvent.KEY_PRESSED, undoKeys);
        subscriptions = Subscription.combine(
                model.pictureProperty().subscribe(this::showPicture),
                model.selectedProperty().subscribe(key -> {
                    canvas.selectedIdProperty().set(key == null ? null : key.toString());
                    if (key != null) {
                        canvas.reveal(key.toString());
                    }
                    if (model.relationFromProperty().get() == null) {
                        panel.show(model.stateProperty().get(), key);
                    }
                }),
                model.stateProperty().subscribe(state -> panel.refresh(state)),
                model.reloadsProperty().subscribe((before, count) -> reload()),
                model.followChanges(),
                model.nameRequestsProperty().subscribe((before, count) -> Platform.runLater(
                        () -> panel.firstField().ifPresent(Node::requestFocus))));
        model.load();
        Platform.runLater(canvas::requestFocus);
    }

    /**
     * The side panel shows the stored values again (after undo, redo, a sync round), field by field: the one being typed
     * in, or changed and not yet read back, keeps the consultant's value.
     */
    private void reload() {
        panel.refresh(model.stateProperty().get());
    }

    @Override
    public void deactivate() {
        root.removeEventHandler(KeyEvent.KEY_PRESSED, undoKeys);
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        panel.clear();
    }
}
