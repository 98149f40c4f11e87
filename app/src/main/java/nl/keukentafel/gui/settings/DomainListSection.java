package nl.keukentafel.gui.settings;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Settings: "Lijst van leefgebieden", the active list and the choice of a municipality's file. FX thread only. */
final class DomainListSection {
    private final VBox root;

    DomainListSection(Localization localization, DomainListViewModel model) {
        Label heading = new Label(localization.get("intake.settings.title"));
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-heading");
        Label hint = new Label(localization.get("intake.settings.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label active = new Label();
        active.setId("activeDomainList");
        active.setWrapText(true);
        active.textProperty().bind(model.activeProperty().map(list -> localization.get("intake.settings.active", list.name(),
                list.id(), list.version())).orElse(""));
        Button choose = new Button(localization.get("intake.settings.choose"), Icons.of(Material2AL.FOLDER_OPEN));
        choose.setId("chooseDomainListButton");
        choose.setTooltip(new Tooltip(localization.get("intake.settings.choose.tooltip")));
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(localization.get("intake.settings.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
            File file = chooser.showOpenDialog(choose.getScene().getWindow());
            if (file != null) {
                model.replace(file.toPath());
            }
        });
        Button reset = new Button(localization.get("intake.settings.reset"), Icons.of(Material2MZ.RESTORE));
        reset.setId("resetDomainListButton");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(event -> model.reset());
        // side by side when they fit, one under the other on a small screen (1024×700), never cut off
        FlowPane buttons = new FlowPane(8, 8, choose, reset);
        buttons.setAlignment(Pos.CENTER_LEFT);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("domainListMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty().map(text -> text.in(localization)).orElse(""));
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox problems = new VBox(2);
        problems.setId("domainListProblems");
        model.problems().addListener((ListChangeListener<UiText>) change -> {
            problems.getChildren().setAll(model.problems().stream().map(problem -> {
                Label line = new Label("• " + problem.in(localization));
                line.setWrapText(true);
                line.getStyleClass().add(Styles.DANGER);
                return line;
            }).toList());
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(model.problems().isEmpty() ? Styles.SUCCESS : Styles.DANGER);
        });
        root = new VBox(8, heading, hint, active, buttons, message, problems);
        root.getStyleClass().add("settings-section");
        root.setId("domainListSection");
        // a file chooser cannot be driven in a headless test: tests hand the file to the view model found here
        root.getProperties().put(DomainListViewModel.class, model);
    }

    VBox root() {
        return root;
    }
}
