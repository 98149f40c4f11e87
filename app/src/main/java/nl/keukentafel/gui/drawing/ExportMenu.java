package nl.keukentafel.gui.drawing;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.export.ExportFormat;

/**
 * "Exporteren" of a drawing screen (genogram, ecogram): PNG, SVG, PDF — the formats the export pipeline offers — and
 * printing, in one menu so a toolbar fits one row. {@link #KEYS} opens it from the keyboard; arrows and Enter choose.
 * FX thread only.
 */
public final class ExportMenu {
    /** Ctrl+Shift+E: the export menu of the drawing on screen. */
    public static final KeyCombination KEYS = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final MenuButton menu;
    /** True from a choice in the menu until the end of the key press that made it. */
    private boolean choosing;
    /**
     * With a real window system the Enter that chooses an item travels on to the drawing after the menu closed, where
     * it would open the side panel; a filter on the scene swallows it.
     */
    private final EventHandler<KeyEvent> swallowChoosingKey = event -> {
        if (choosing && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE)) {
            event.consume();
        }
    };

    /**
     * {@code idPrefix} names the menu ("genogramExport") and its items ("genogramExportPNG", "genogramPrint");
     * {@code export} writes the drawing shown to the chosen file, {@code printed} is the drawing to print (null: none
     * yet), {@code say} shows a message by its key, {@code afterwards} runs after a choice (back to the drawing).
     */
    public ExportMenu(String idPrefix, Localization localization, SaveTarget target, BiConsumer<ExportFormat, Path> export,
                      Supplier<Drawing> printed, Consumer<String> say, Runnable afterwards) {
        menu = new MenuButton(localization.get("genogram.export"));
        menu.setId(idPrefix + "Export");
        small(menu);
        menu.setTooltip(new Tooltip(localization.get("genogram.export.tooltip")));
        menu.setFocusTraversable(false);
        for (ExportFormat format : List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF)) {
            MenuItem item = new MenuItem(localization.get(formatKey(format)));
            item.setId(idPrefix + "Export" + format.name());
            item.setOnAction(event -> chosen(() -> target.choose(format, menu.getScene().getWindow())
                    .ifPresent(file -> export.accept(format, file)), afterwards));
            menu.getItems().add(item);
        }
        MenuItem print = new MenuItem(localization.get("genogram.print"));
        print.setId(idPrefix + "Print");
        print.setOnAction(event -> chosen(() -> {
            Drawing drawing = printed.get();
            if (drawing != null) {
                say.accept(DrawingPrinter.print(drawing, menu.getScene().getWindow()));
            }
        }, afterwards));
        menu.getItems().add(print);
        menu.setOnHidden(event -> afterwards.run());
        menu.sceneProperty().subscribe((before, after) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, swallowChoosingKey);
            }
            if (after != null) {
                after.addEventFilter(KeyEvent.KEY_PRESSED, swallowChoosingKey);
            }
        });
    }

    /**
     * Runs a choice once the key press that made it is over: the save or print dialog waits in an event loop of its
     * own, and the key must not reach the drawing meanwhile.
     */
    private void chosen(Runnable action, Runnable afterwards) {
        choosing = true;
        Platform.runLater(() -> {
            choosing = false;
            action.run();
            afterwards.run();
        });
    }

    /** As small as the toolbar's buttons: the theme's "small" does not reach a menu button. */
    public static void small(MenuButton button) {
        button.getStyleClass().add(Styles.SMALL);
        button.setStyle("-fx-font-size: 0.8em;");
    }

    /** The name of a format in the menu and the save dialog's title ("PNG"). */
    static String formatKey(ExportFormat format) {
        return switch (format) {
            case PNG -> "genogram.export.png";
            case SVG -> "genogram.export.svg";
            case PDF -> "genogram.export.pdf";
        };
    }

    public MenuButton root() {
        return menu;
    }

    /** Opens the menu for the keyboard: Down goes to PNG, then SVG, PDF and Afdrukken; Enter chooses, Escape closes. */
    public void open() {
        menu.show();
    }
}
