package nl.keukentafel.gui.caseload;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.common.UndoBar;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The caseload screen: search, the list of families, new family and archive. FX thread only. */
public final class CaseloadView implements ScreenView {
    public static final KeyCombination NEW_FAMILY = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ARCHIVE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final CaseloadViewModel model;
    private final Localization localization;
    private final VBox screen = new VBox(16);
    private final StackPane root = new StackPane();
    private final UndoBar undoBar;
    private final CustomTextField search = new CustomTextField();
    private final CaseloadTable table;
    private javafx.scene.Scene scene;
    private final EventHandler<KeyEvent> shortcuts = this::handleShortcut;
    private final NewFamilyBar newFamilyBar;

    public CaseloadView(CaseloadViewModel model, Localization localization) {
        this.model = model;
        this.localization = localization;
        this.table = new CaseloadTable(localization, model::open, model::evaluationOverdue, model.checks());
        this.newFamilyBar = new NewFamilyBar(localization, model::createFamily);
        root.setId("caseloadScreen");
        screen.getStyleClass().add("screen");
        this.undoBar = new UndoBar(model.undo(), localization);

        Label title = new Label(localization.get("caseload.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label count = new Label();
        count.setId("caseloadCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.size(model.rows()).map(size -> localization.get("caseload.count", size)));
        HBox titleRow = new HBox(12, title, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);

        Label error = new Label();
        error.setId("caseloadError");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty().map(text -> text.in(localization)).orElse(""));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label empty = new Label();
        empty.setId("caseloadEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(model.emptyTextProperty().map(text -> text.in(localization)));
        table.table().setPlaceholder(empty);
        table.table().setItems(model.rows());
        VBox.setVgrow(table.table(), Priority.ALWAYS);

        screen.getChildren().addAll(titleRow, toolbar(), newFamilyBar, error, table.table());
        root.getChildren().addAll(screen, undoBar.root());
    }

    private HBox toolbar() {
        search.setId("caseloadSearch");
        search.setPromptText(localization.get("caseload.search.prompt"));
        search.setLeft(Icons.of(Material2MZ.SEARCH));
        search.setPrefWidth(380);
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                table.focusFirst();
                if (event.getCode() == KeyCode.ENTER) {
                    model.open(table.selected());
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                event.consume();
            }
        });

        CheckBox showArchived = new CheckBox(localization.get("caseload.showArchived"));
        showArchived.setId("showArchived");
        showArchived.selectedProperty().bindBidirectional(model.showArchivedProperty());

        Button archive = new Button(localization.get("caseload.archive"), Icons.of(Material2AL.ARCHIVE));
        archive.setId("archiveButton");
        archive.setTooltip(new Tooltip(localization.get("caseload.archive.tooltip")));
        archive.disableProperty().bind(table.table().getSelectionModel().selectedItemProperty().isNull());
        table.table().getSelectionModel().selectedItemProperty().subscribe(row -> archive.setText(localization.get(
                row != null && row.archived() ? "caseload.unarchive" : "caseload.archive")));
        archive.setOnAction(event -> model.toggleArchived(table.selected()));

        Button newFamily = new Button(localization.get("caseload.newFamily"), Icons.of(Material2MZ.PERSON_ADD));
        newFamily.setId("newFamilyButton");
        newFamily.getStyleClass().add(Styles.ACCENT);
        newFamily.setTooltip(new Tooltip(localization.get("caseload.newFamily.tooltip")));
        newFamily.setOnAction(event -> askNewFamily());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(12, search, showArchived, spacer, archive, newFamily);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        return toolbar;
    }

    /** Opens the new-family bar with its name field focused (Ctrl+N, here or from any other screen). */
    public void askNewFamily() {
        newFamilyBar.open();
    }

    private void handleShortcut(KeyEvent event) {
        if (NEW_FAMILY.match(event)) {
            event.consume();
            askNewFamily();
        } else if (FIND.match(event)) {
            event.consume();
            search.requestFocus();
            search.selectAll();
        } else if (ARCHIVE.match(event)) {
            event.consume();
            model.toggleArchived(table.selected());
        } else {
            undoBar.handle(event, scene);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return search;
    }

    @Override
    public void activate() {
        scene = root.getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        model.refresh();
    }

    @Override
    public void deactivate() {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        // undo is for what just happened here: back from a dossier, an old "gearchiveerd" bar would only confuse
        model.undo().dismiss();
    }
}
