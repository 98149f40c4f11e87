package nl.keukentafel.gui.genogram;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import nl.keukentafel.gui.drawing.DrawingPane;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.export.ExportFormat;

/** The genogram's buttons, each naming its key in a tooltip; export and print work on the drawing shown. FX thread only. */
final class GenogramToolbar {
    private final GenogramViewModel model;
    private final Localization localization;
    private final DrawingPane canvas;
    private final FlowPane root = new FlowPane(6, 6);

    GenogramToolbar(GenogramViewModel model, Localization localization, DrawingPane canvas) {
        this.model = model;
        this.localization = localization;
        this.canvas = canvas;
        root.getStyleClass().add("genogram-toolbar");
        root.setStyle("-fx-padding: 6 12 6 12;");
        root.getChildren().addAll(
                button("genogramConnectHousehold", "genogram.connectHousehold", "genogram.connectHousehold.tooltip",
                        model::connectHousehold),
                button("genogramAddPartner", "genogram.addPartner", "genogram.addPartner.tooltip", model::addPartner),
                button("genogramAddChild", "genogram.addChild", "genogram.addChild.tooltip", model::addChild),
                button("genogramAddParents", "genogram.addParents", "genogram.addParents.tooltip", model::addParents),
                button("genogramAddSibling", "genogram.addSibling", "genogram.addSibling.tooltip", model::addSibling),
                button("genogramAddRelation", "genogram.addRelation", "genogram.addRelation.tooltip", model::startRelation),
                button("genogramMakeIndex", "genogram.makeIndex", "genogram.makeIndex.tooltip", model::makeIndex),
                button("genogramDelete", "genogram.delete", "genogram.delete.tooltip", model::deleteSelected),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                undo(),
                redo(),
                button("genogramResetLayout", "genogram.resetLayout", "genogram.resetLayout.tooltip", model::resetLayout),
                button("genogramFit", "genogram.fit", "genogram.fit.tooltip", canvas::fit),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                exportMenu());
    }

    private Button undo() {
        Button undo = button("genogramUndo", "genogram.undo", "genogram.undo.tooltip", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        return undo;
    }

    private Button redo() {
        Button redo = button("genogramRedo", "genogram.redo", "genogram.redo.tooltip", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        return redo;
    }

    private Button button(String id, String key, String tooltipKey, Runnable action) {
        Button button = new Button(localization.get(key));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setTooltip(new Tooltip(localization.get(tooltipKey)));
        button.setFocusTraversable(false);
        button.setOnAction(event -> {
            action.run();
            canvas.requestFocus();
        });
        return button;
    }

    /** Export and print in one menu, so the toolbar fits one row on a laptop. */
    private MenuButton exportMenu() {
        MenuButton menu = new MenuButton(localization.get("genogram.export"));
        menu.setId("genogramExport");
        menu.getStyleClass().add(Styles.SMALL);
        menu.setTooltip(new Tooltip(localization.get("genogram.export.tooltip")));
        for (ExportFormat format : List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF)) {
            Button template = export(format);
            MenuItem item = new MenuItem(template.getText());
            item.setId(template.getId());
            item.setOnAction(event -> template.fire());
            menu.getItems().add(item);
        }
        MenuItem print = new MenuItem(localization.get("genogram.print"));
        print.setId("genogramPrint");
        print.setOnAction(event -> print());
        menu.getItems().add(print);
        return menu;
    }

    private Button export(ExportFormat format) {
        String name = format.name().toLowerCase(Locale.ROOT);
        String key = switch (format) {
            case PNG -> "genogram.export.png";
            case SVG -> "genogram.export.svg";
            case PDF -> "genogram.export.pdf";
        };
        return button("genogramExport" + format.name(), key, "genogram.export.tooltip", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(localization.get(key));
            chooser.setInitialFileName("genogram." + name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + name));
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                model.export(format, Path.of(file.getPath()));
            }
        });
    }

    private void print() {
        if (model.pictureProperty().get() != null) {
            model.say(DrawingPrinter.print(model.pictureProperty().get().drawing(), root.getScene().getWindow()));
        }
    }

    FlowPane root() {
        return root;
    }
}
