package nl.keukentafel.gui.ecogram;

import atlantafx.base.theme.Styles;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.drawing.DrawingPane;
import nl.keukentafel.gui.drawing.ExportMenu;
import nl.keukentafel.gui.drawing.SaveTarget;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.genogram.LinkStrength;

/**
 * The ecogram: the household in the centre, its network around it. Arrows or Tab go from line to line, 1/2/3 set
 * strong/weak/stressful, Enter edits the line in the side panel; a click on a line or box selects it; Ctrl+Shift+E
 * exports or prints the drawing, as on the genogram. FX thread only.
 */
public final class EcogramView implements ScreenView {
    private final EcogramViewModel model;
    private final BorderPane root = new BorderPane();
    private final DrawingPane canvas = new DrawingPane();
    private final EcogramPanel panel;
    private final ExportMenu export;
    private Subscription subscriptions = Subscription.EMPTY;

    /** With the system's save dialog for exports. */
    public EcogramView(EcogramViewModel model, Localization localization) {
        this(model, localization, SaveTarget.saveDialog(localization, "ecogram"));
    }

    /** {@code target}: where an export goes (the save dialog, or a fixed file in a test). */
    public EcogramView(EcogramViewModel model, Localization localization, SaveTarget target) {
        this.model = model;
        this.panel = new EcogramPanel(model, localization);
        this.export = new ExportMenu("ecogram", localization, target, model::export, model.drawingProperty()::get, model::say,
                canvas::requestFocus);
        root.setId("ecogramScreen");
        canvas.setId("ecogramCanvas");
        canvas.setOnPicked(id -> {
            UUID key = key(id);
            if (key != null && model.entriesProperty().get().stream().anyMatch(entry -> entry.id().equals(key))) {
                model.selectedProperty().set(key);
            }
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keys);
        // Ctrl+Shift+E from anywhere on the screen, also from the side panel
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (ExportMenu.KEYS.match(event)) {
                event.consume();
                export.open();
            }
        });
        HBox toolbar = new HBox(6, export.root());
        toolbar.setId("ecogramToolbar");
        toolbar.getStyleClass().add("genogram-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setStyle("-fx-padding: 6 12 6 12;");
        root.setTop(toolbar);
        root.setCenter(canvas);
        VBox side = new VBox(panel.root());
        side.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(320);
        root.setRight(scroll);
        Label message = new Label();
        message.setId("ecogramMessage");
        message.getStyleClass().add(Styles.WARNING);
        message.textProperty().bind(model.messageProperty().map(text -> text.in(localization)).orElse(""));
        Label hint = new Label(localization.get("ecogram.keys"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox bottom = new VBox(2, message, hint);
        bottom.setPadding(new Insets(6, 12, 6, 12));
        root.setBottom(bottom);
    }

    private void keys(KeyEvent event) {
        boolean handled = true;
        switch (event.getCode()) {
            case RIGHT, DOWN -> model.cycle(1);
            case LEFT, UP -> model.cycle(-1);
            case TAB -> model.cycle(event.isShiftDown() ? -1 : 1);
            case DIGIT1, NUMPAD1 -> model.setStrength(LinkStrength.STRONG);
            case DIGIT2, NUMPAD2 -> model.setStrength(LinkStrength.WEAK);
            case DIGIT3, NUMPAD3 -> model.setStrength(LinkStrength.STRESSFUL);
            case PLUS, ADD, EQUALS -> canvas.zoomIn();
            case MINUS, SUBTRACT -> canvas.zoomOut();
            case ENTER -> panel.firstField().requestFocus();
            default -> handled = event.isShortcutDown() && event.getCode() == KeyCode.DIGIT0 && fit();
        }
        if (handled) {
            event.consume();
        }
    }

    private boolean fit() {
        canvas.fit();
        return true;
    }

    private static UUID key(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notALine) {
            return null;
        }
    }

    public DrawingPane canvas() {
        return canvas;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return canvas;
    }

    @Override
    public void activate() {
        subscriptions = Subscription.combine(
                model.drawingProperty().subscribe(drawing -> {
                    if (drawing != null) {
                        canvas.showFitted(drawing);
                    }
                }),
                model.selectedProperty().subscribe(id -> {
                    canvas.selectedIdProperty().set(id == null ? null : id.toString());
                    panel.show(model.selectedEntry());
                }),
                model.entriesProperty().subscribe(entries -> panel.show(model.selectedEntry())),
                model.followChanges());
        model.load();
        Platform.runLater(canvas::requestFocus);
    }

    @Override
    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }
}
