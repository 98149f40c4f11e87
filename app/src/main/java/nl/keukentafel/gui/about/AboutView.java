package nl.keukentafel.gui.about;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.about.JavaRuntime;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The About screen: version and build, where the data lives with a button to open it, the licences. Opened from the
 * settings, and back leads there. FX thread only.
 */
public final class AboutView implements ScreenView {
    private final AboutViewModel model;
    private final Localization localization;
    private final ScrollPane root;
    private final Button back;
    private final EventHandler<KeyEvent> escape;
    private Scene scene;

    public AboutView(AboutViewModel model, Localization localization, Runnable goBack) {
        this.model = model;
        this.localization = localization;
        this.escape = EscapeGoesBack.filter(goBack);
        back = new Button(localization.get("settings.title"), Icons.of(Material2AL.ARROW_BACK));
        back.setId("aboutBackButton");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(event -> goBack.run());
        Label title = new Label(localization.get("about.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        HBox header = new HBox(12, back, title);
        header.setAlignment(Pos.CENTER_LEFT);
        Label version = new Label(model.versionText().in(localization));
        version.setId("aboutVersion");

        VBox content = new VBox(20, header, version, dataSection(), licenceSection());
        content.getStyleClass().addAll("screen", "settings");
        content.setMaxWidth(760);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("aboutScreen");
    }

    private VBox dataSection() {
        Button open = new Button(localization.get("about.data.open"), Icons.of(Material2AL.FOLDER_OPEN));
        open.setId("aboutOpenFolder");
        open.setOnAction(event -> model.openVaultFolder());
        Label vault = new Label(localization.get("about.data.vault", model.vaultFolder()));
        vault.setId("aboutVaultFolder");
        HBox vaultRow = new HBox(12, vault, open);
        vaultRow.setAlignment(Pos.CENTER_LEFT);
        Label failure = new Label();
        failure.setId("aboutMessage");
        failure.setWrapText(true);
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(model.messageProperty().map(text -> text.in(localization)).orElse(""));
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        VBox body = new VBox(8, vaultRow, failure, new Label(localization.get("about.data.settings", model.settingsFolder())),
                new Label(localization.get("about.data.presets", model.presetsFile())));
        model.presetProblem().ifPresent(problem -> body.getChildren().add(PresetNotes.problem(problem, localization)));
        return section("about.data", body);
    }

    private VBox licenceSection() {
        Label runtime = new Label(runtimeText(model.runtime()));
        runtime.setId("aboutRuntime");
        runtime.setWrapText(true);
        VBox body = new VBox(8, new Label(localization.get("about.licence.keukentafel")), runtime);
        if (model.libraries().isEmpty()) {
            body.getChildren().add(new Label(localization.get("about.licence.none")));
        } else {
            body.getChildren().addAll(new Label(localization.get("about.licence.libraries")), list("aboutLibraries", model.libraries()));
        }
        if (!model.fonts().isEmpty()) {
            body.getChildren().addAll(new Label(localization.get("about.licence.fonts")), list("aboutFonts", model.fonts()));
        }
        return section("about.licence", body);
    }

    private String runtimeText(JavaRuntime runtime) {
        String key = runtime.openJdk() ? "about.licence.runtime.openjdk" : "about.licence.runtime.other";
        return localization.get(key, runtime.name(), runtime.version(), runtime.vendor());
    }

    private static TextArea list(String id, List<String> lines) {
        TextArea area = new TextArea(String.join("\n", lines));
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(Math.min(12, lines.size()));
        area.getStyleClass().add(Styles.TEXT_SMALL);
        return area;
    }

    private VBox section(String titleKey, Node body) {
        Label heading = new Label(localization.get(titleKey));
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-heading");
        VBox section = new VBox(8, heading, body);
        section.getStyleClass().add("settings-section");
        return section;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return back;
    }

    @Override
    public void activate() {
        scene = root.getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
    }

    @Override
    public void deactivate() {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
    }
}
