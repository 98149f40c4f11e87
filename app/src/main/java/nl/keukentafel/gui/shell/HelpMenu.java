package nl.keukentafel.gui.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;

/** The "?" button: lists every keyboard shortcut, so nothing needs the mouse. F1 opens it. FX thread only. */
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
            List.of("help.shortcut.genogramUndo.keys", "help.shortcut.genogramUndo"),
            List.of("help.shortcut.zoom.keys", "help.shortcut.zoom"),
            List.of("help.shortcut.ecogramStrength.keys", "help.shortcut.ecogramStrength"),
            List.of("help.shortcut.planStart.keys", "help.shortcut.planStart"),
            List.of("help.shortcut.planAdd.keys", "help.shortcut.planAdd"),
            List.of("help.shortcut.planMove.keys", "help.shortcut.planMove"),
            List.of("help.shortcut.planAgree.keys", "help.shortcut.planAgree"),
            List.of("checkscreen.help.keys", "checkscreen.help"),
            List.of("help.shortcut.settings.keys", "help.shortcut.settings"),
            List.of("help.shortcut.syncNow.keys", "help.shortcut.syncNow"),
            List.of("help.shortcut.mergePick.keys", "help.shortcut.mergePick"),
            List.of("help.shortcut.lock.keys", "help.shortcut.lock"),
            List.of("help.shortcut.help.keys", "help.shortcut.help"));

    private final MenuButton button;

    HelpMenu(Localization localization) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (List<String> shortcut : SHORTCUTS) {
            Label keys = new Label(localization.get(shortcut.get(0)));
            keys.getStyleClass().addAll(Styles.TEXT_BOLD, "shortcut-keys");
            grid.addRow(row++, keys, new Label(localization.get(shortcut.get(1))));
        }
        CustomMenuItem item = new CustomMenuItem(grid, false);
        button = new MenuButton(null, Icons.of(Material2AL.KEYBOARD));
        button.setId("helpButton");
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(localization.get("help.tooltip")));
        button.setAccessibleText(localization.get("help.tooltip"));
        button.getItems().add(item);
    }

    MenuButton button() {
        return button;
    }

    void show() {
        button.show();
    }
}
