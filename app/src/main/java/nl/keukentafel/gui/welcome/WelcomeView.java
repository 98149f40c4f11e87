package nl.keukentafel.gui.welcome;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.i18n.Localization;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The one-screen welcome before the first vault: what the vault is, why a lost password cannot be recovered and
 * what to do about it, how sync works, and the language. Layout only. FX thread only.
 */
public final class WelcomeView implements ScreenView {
    private final WelcomeViewModel model;
    private final Localization localization;
    private final StackPane root = new StackPane();
    private final Button proceed;

    public WelcomeView(WelcomeViewModel model, Localization localization) {
        this.model = model;
        this.localization = localization;
        root.setId("welcomeScreen");
        root.getStyleClass().add("unlock-screen");
        proceed = new Button(localization.get("welcome.proceed"), Icons.of(Material2AL.ARROW_FORWARD));
        proceed.setId("welcomeProceed");
        proceed.setDefaultButton(true);
        proceed.getStyleClass().add(Styles.ACCENT);
        proceed.setOnAction(event -> model.proceed());
        Hyperlink skip = new Hyperlink(localization.get("welcome.skip"));
        skip.setId("welcomeSkip");
        skip.setOnAction(event -> model.proceed());
        HBox actions = new HBox(16, proceed, skip);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(localization.get("welcome.title"), Icons.of(Material2AL.INFO));
        title.getStyleClass().addAll(Styles.TITLE_2, "unlock-title");
        VBox card = new VBox(14, title, languageRow(),
                topic("welcome.vault.title", "welcome.vault.text", Material2AL.LOCK),
                topic("welcome.password.title", "welcome.password.text", Material2MZ.VPN_KEY),
                topic("welcome.sync.title", "welcome.sync.text", Material2MZ.SYNC), actions);
        card.getStyleClass().add("unlock-card");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(new StackPane(card));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.getChildren().add(scroll);
    }

    private VBox languageRow() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton dutch = language(group, "nl", "welcome.language.dutch", "welcomeDutch");
        ToggleButton english = language(group, "en", "welcome.language.english", "welcomeEnglish");
        Label label = new Label(localization.get("welcome.language"));
        label.getStyleClass().add("field-label");
        HBox buttons = new HBox(8, label, dutch, english);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(6, buttons);
        model.unavailableSystemLanguage().ifPresent(system -> {
            Label fallback = new Label(localization.get("welcome.language.fallback", system));
            fallback.setId("welcomeLanguageFallback");
            fallback.setWrapText(true);
            fallback.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
            row.getChildren().add(fallback);
        });
        return row;
    }

    private ToggleButton language(ToggleGroup group, String code, String key, String id) {
        ToggleButton button = new ToggleButton(localization.get(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setSelected(code.equals(model.currentLanguage()));
        button.setDisable(!model.languageChoosable());
        button.setOnAction(event -> model.chooseLanguage(code));
        return button;
    }

    private VBox topic(String titleKey, String textKey, org.kordamp.ikonli.Ikon icon) {
        Label heading = new Label(localization.get(titleKey), Icons.of(icon));
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-heading");
        Label text = new Label(localization.get(textKey));
        text.setWrapText(true);
        return new VBox(4, heading, text);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return proceed;
    }
}
