package nl.keukentafel.gui.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The keyboard button: lists every keyboard shortcut, so nothing needs the mouse. F1 opens it, Escape closes it. The
 * list is longer than a small laptop screen (1024×700) is high, so it scrolls inside the window: with the mouse wheel,
 * or with the arrows, Page Up/Down, Home and End. FX thread only.
 */
final class HelpMenu {
    /** Pairs of keys: the keys to press, and what they do. */
    private static final List<List<String>> SHORTCUTS = List.of(
            List.of("help.shortcut.newFamily.keys", "help.shortcut.newFamily"),
            List.of("help.shortcut.search.keys", "help.shortcut.search"),
            List.of("help.shortcut.open.keys", "help.shortcut.open"),
            List.of("help.shortcut.archive.keys", "help.shortcut.archive"),
            List.of("help.shortcut.back.keys", "help.shortcut.back"),
            List.of("help.shortcut.tabs.keys", "help.shortcut.tabs"),
            List.of("help.shortcut.addParent.keys", "help.shortcut.addParent"),
            List.of("help.shortcut.addChild.keys", "help.shortcut.addChild"),
            List.of("help.shortcut.addContact.keys", "help.shortcut.addContact"),
            List.of("help.shortcut.delete.keys", "help.shortcut.delete"),
            List.of("help.shortcut.undo.keys", "help.shortcut.undo"),
            List.of("help.shortcut.dossierSearch.keys", "help.shortcut.dossierSearch"),
            List.of("help.shortcut.intakeStart.keys", "help.shortcut.intakeStart"),
            List.of("help.shortcut.intakeConversation.keys", "help.shortcut.intakeConversation"),
            List.of("help.shortcut.intakeSections.keys", "help.shortcut.intakeSections"),
            List.of("help.shortcut.intakeAttach.keys", "help.shortcut.intakeAttach"),
            List.of("help.shortcut.openItems.keys", "help.shortcut.openItems"),
            List.of("help.shortcut.genogramAdd.keys", "help.shortcut.genogramAdd"),
            List.of("help.shortcut.genogramMore.keys", "help.shortcut.genogramMore"),
            List.of("help.shortcut.genogramOverflow.keys", "help.shortcut.genogramOverflow"),
            List.of("help.shortcut.genogramUndo.keys", "help.shortcut.genogramUndo"),
            List.of("help.shortcut.zoom.keys", "help.shortcut.zoom"),
            List.of("help.shortcut.drawingExport.keys", "help.shortcut.drawingExport"),
            List.of("help.shortcut.genogramLayout.keys", "help.shortcut.genogramLayout"),
            List.of("help.shortcut.ecogramStrength.keys", "help.shortcut.ecogramStrength"),
            List.of("help.shortcut.planStart.keys", "help.shortcut.planStart"),
            List.of("help.shortcut.planAdd.keys", "help.shortcut.planAdd"),
            List.of("help.shortcut.planMove.keys", "help.shortcut.planMove"),
            List.of("help.shortcut.planAgree.keys", "help.shortcut.planAgree"),
            List.of("checkscreen.help.keys", "checkscreen.help"),
            List.of("help.shortcut.settings.keys", "help.shortcut.settings"),
            List.of("help.shortcut.syncNow.keys", "help.shortcut.syncNow"),
            List.of("help.shortcut.noticeClose.keys", "help.shortcut.noticeClose"),
            List.of("help.shortcut.mergePick.keys", "help.shortcut.mergePick"),
            List.of("help.shortcut.lock.keys", "help.shortcut.lock"),
            List.of("help.shortcut.help.keys", "help.shortcut.help"));

    /** Room kept free below the list, inside the window. */
    private static final double MARGIN = 24;
    /** The widest a description gets before it wraps. */
    private static final double DESCRIPTION_WIDTH = 520;
    /** What the arrow keys scroll, in pixels; about one line. */
    private static final double LINE = 32;

    private final Button button;
    private final ContextMenu menu = new ContextMenu();
    private final GridPane grid = new GridPane();
    private final ScrollPane list = new ScrollPane(grid);

    HelpMenu(Localization localization) {
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints keysColumn = new ColumnConstraints();
        keysColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints whatColumn = new ColumnConstraints();
        // narrower than a 1024-pixel window with the keys beside it; a long description wraps
        whatColumn.setMaxWidth(DESCRIPTION_WIDTH);
        grid.getColumnConstraints().setAll(keysColumn, whatColumn);
        int row = 0;
        for (List<String> shortcut : SHORTCUTS) {
            Label keys = new Label(localization.get(shortcut.get(0)));
            keys.getStyleClass().addAll(Styles.TEXT_BOLD, "shortcut-keys");
            Label what = new Label(localization.get(shortcut.get(1)));
            what.setWrapText(true);
            grid.addRow(row++, keys, what);
        }
        list.setId("shortcutList");
        list.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        list.setFitToWidth(true);
        list.getStyleClass().add("edge-to-edge");
        menu.getItems().add(new CustomMenuItem(list, false));
        menu.setId("shortcutMenu");
        menu.addEventFilter(KeyEvent.KEY_PRESSED, this::scroll);
        // the first showing is the first with the theme's fonts: measure again
        menu.setOnShown(event -> fitInWindow());
        button = new Button(null, Icons.of(Material2AL.KEYBOARD));
        button.setId("helpButton");
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(localization.get("help.tooltip")));
        button.setAccessibleText(localization.get("help.tooltip"));
        button.setOnAction(event -> show());
    }

    Button button() {
        return button;
    }

    void show() {
        if (menu.isShowing()) {
            return;
        }
        fitInWindow();
        menu.show(button, Side.BOTTOM, 0, 0);
        list.setVvalue(0);
    }

    /** As high as the list, but no lower than the window's bottom edge (less a margin). */
    private void fitInWindow() {
        Window window = button.getScene() == null ? null : button.getScene().getWindow();
        Bounds below = button.localToScreen(button.getBoundsInLocal());
        if (window == null || below == null) {
            return;
        }
        double room = window.getY() + window.getHeight() - below.getMaxY() - MARGIN - 2 * LINE;
        list.setPrefViewportHeight(Math.max(LINE * 4, Math.min(room, grid.prefHeight(-1))));
        if (menu.isShowing()) {
            // the button sits at the right of the header: the list opens leftwards from its right edge, inside the window
            double right = Math.min(below.getMaxX(), window.getX() + window.getWidth() - MARGIN);
            menu.setX(Math.max(window.getX(), right - menu.getWidth()));
        }
    }

    private void scroll(KeyEvent event) {
        double hidden = grid.getHeight() - list.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double pixels = switch (event.getCode()) {
            case UP -> -LINE;
            case DOWN -> LINE;
            case PAGE_UP -> -list.getViewportBounds().getHeight();
            case PAGE_DOWN -> list.getViewportBounds().getHeight();
            case HOME -> -grid.getHeight();
            case END -> grid.getHeight();
            default -> 0;
        };
        if (pixels != 0) {
            event.consume();
            list.setVvalue(Math.clamp(list.getVvalue() + pixels / hidden, 0, 1));
        }
    }
}
