package nl.keukentafel.gui.genogram;

import atlantafx.base.theme.Styles;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import nl.keukentafel.gui.common.OverflowBar;
import nl.keukentafel.gui.drawing.DrawingPane;
import nl.keukentafel.gui.drawing.ExportMenu;
import nl.keukentafel.gui.drawing.SaveTarget;
import nl.keukentafel.i18n.Localization;

/**
 * The genogram's buttons in one row, each naming its key in a tooltip; on a small screen the less-used ones (fit,
 * reset, index person, connect household, …) move into "Meer…", where they read with their keys. Export and print
 * work on the drawing shown. The buttons take no focus: every one has a key on the drawing. "Meer…" does (Shift+Tab
 * from the drawing), so the keyboard can also find what it holds. FX thread only.
 */
final class GenogramToolbar {
    private final Localization localization;
    private final DrawingPane canvas;
    private final OverflowBar root;
    private final ExportMenu export;

    GenogramToolbar(GenogramViewModel model, Localization localization, DrawingPane canvas, SaveTarget target) {
        this.localization = localization;
        this.canvas = canvas;
        MenuButton more = new MenuButton(localization.get("genogram.more"));
        more.setId("genogramMore");
        ExportMenu.small(more);
        more.setTooltip(new Tooltip(localization.get("genogram.more.tooltip")));
        more.setOnHidden(event -> canvas.requestFocus());
        root = new OverflowBar(6, more);
        root.getStyleClass().add("genogram-toolbar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setStyle("-fx-padding: 6 12 6 12;");
        export = new ExportMenu("genogram", localization, target, model::export,
                () -> model.pictureProperty().get() == null ? null : model.pictureProperty().get().drawing(), model::say,
                canvas::requestFocus);
        Button connect = button("genogramConnectHousehold", "genogram.connectHousehold", "genogram.connectHousehold.tooltip",
                model::connectHousehold);
        Button partner = button("genogramAddPartner", "genogram.addPartner", "genogram.addPartner.tooltip", model::addPartner);
        Button child = button("genogramAddChild", "genogram.addChild", "genogram.addChild.tooltip", model::addChild);
        Button parents = button("genogramAddParents", "genogram.addParents", "genogram.addParents.tooltip", model::addParents);
        Button sibling = button("genogramAddSibling", "genogram.addSibling", "genogram.addSibling.tooltip", model::addSibling);
        Button relation = button("genogramAddRelation", "genogram.addRelation", "genogram.addRelation.tooltip", model::startRelation);
        Button index = button("genogramMakeIndex", "genogram.makeIndex", "genogram.makeIndex.tooltip", model::makeIndex);
        Button delete = button("genogramDelete", "genogram.delete", "genogram.delete.tooltip", model::deleteSelected);
        Button undo = button("genogramUndo", "genogram.undo", "genogram.undo.tooltip", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("genogramRedo", "genogram.redo", "genogram.redo.tooltip", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button reset = button("genogramResetLayout", "genogram.resetLayout", "genogram.resetLayout.tooltip", model::resetLayout);
        Button fit = button("genogramFit", "genogram.fit", "genogram.fit.tooltip", canvas::fit);
        root.getChildren().addAll(connect, partner, child, parents, sibling, relation, index, delete,
                new Separator(Orientation.VERTICAL), undo, redo, reset, fit, new Separator(Orientation.VERTICAL), export.root(), more);
        // the least used move first; partner, child, parents, undo and export always stay
        collapse(fit, "genogram.fit.keys");
        collapse(reset, "genogram.resetLayout.keys");
        collapse(index, "genogram.makeIndex.keys");
        collapse(connect, "genogram.connectHousehold.keys");
        collapse(redo, "genogram.redo.keys");
        collapse(relation, "genogram.addRelation.keys");
        collapse(sibling, "genogram.addSibling.keys");
        collapse(delete, "genogram.delete.keys");
    }

    private void collapse(Button button, String keysKey) {
        root.collapsible(button, localization.get("genogram.more.item", button.getText(), localization.get(keysKey)));
    }

    private Button button(String id, String key, String tooltipKey, Runnable action) {
        Button button = new Button(localization.get(key));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setTooltip(new Tooltip(localization.get(tooltipKey)));
        button.setFocusTraversable(false);
        button.setMnemonicParsing(false);
        button.setOnAction(event -> {
            action.run();
            canvas.requestFocus();
        });
        return button;
    }

    /** Ctrl+Shift+E: the export menu, opened for the arrows and Enter. */
    void openExport() {
        export.open();
    }

    OverflowBar root() {
        return root;
    }
}
