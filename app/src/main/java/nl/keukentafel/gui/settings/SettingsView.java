package nl.keukentafel.gui.settings;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.keukentafel.gui.about.PresetNotes;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.gui.common.WindowActions;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.Preferences;
import nl.keukentafel.logic.presets.Setting;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The settings screen: language, auto-lock, passphrase. Changes apply at once. FX thread only. */
public final class SettingsView implements ScreenView {
    /** Prefix of the language labels, e.g. "settings.language.DUTCH". */
    public static final String LANGUAGE_LABEL = "settings.language.";

    private final SettingsViewModel model;
    private final Localization localization;
    private final Runnable back;
    private final WindowActions window;
    private final ScrollPane root;
    private final ComboBox<SettingsViewModel.Language> language = new ComboBox<>();
    private javafx.scene.Scene scene;
    private final EventHandler<KeyEvent> escape;
    private final VBox content;
    private final HBox header;
    private final ScreenView server;

    public SettingsView(SettingsViewModel model, Localization localization, Runnable back, WindowActions window) {
        this(model, localization, back, window, null);
    }

    /** {@code server}: the server part (linked or not, and the way to log in); null leaves it out. */
    public SettingsView(SettingsViewModel model, Localization localization, Runnable back, WindowActions window, ScreenView server) {
        this.model = model;
        this.localization = localization;
        this.back = back;
        this.escape = EscapeGoesBack.filter(back);
        this.window = window;
        Button backButton = new Button(localization.get("dossier.back"), Icons.of(Material2AL.ARROW_BACK));
        backButton.setId("settingsBackButton");
        backButton.getStyleClass().add(Styles.FLAT);
        backButton.setTooltip(new Tooltip(localization.get("dossier.back.tooltip")));
        backButton.setOnAction(event -> back.run());
        Label title = new Label(localization.get("settings.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        header = new HBox(12, backButton, title);
        header.setAlignment(Pos.CENTER_LEFT);

        content = new VBox(20, header, languageSection(), autoLockSection(), evaluationSection(), safetyTermSection(),
                message(model.preferencesMessageProperty(), "preferencesMessage", Styles.TEXT_MUTED), passphraseSection(),
                new DomainListSection(localization, model.domainList()).root());
        this.server = server;
        if (server != null) {
            content.getChildren().add(1, server.root());
        }
        model.presets().problem().ifPresent(problem -> content.getChildren().add(1, PresetNotes.problem(problem, localization)));
        content.getStyleClass().addAll("screen", "settings");
        content.setMaxWidth(640);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("settingsScreen");
    }

    private VBox languageSection() {
        language.setId("languageChoice");
        language.getItems().setAll(Arrays.asList(SettingsViewModel.Language.values()));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(SettingsViewModel.Language value) {
                return value == null ? "" : localization.get(LANGUAGE_LABEL + value.name());
            }

            @Override
            public SettingsViewModel.Language fromString(String text) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.valueProperty().addListener((observable, old, chosen) -> {
            if (model.saveLanguage()) {
                Platform.runLater(() -> window.rebuild(true));
            }
        });
        return lockable(section("settings.language", "settings.language.hint", language), language, Setting.LANGUAGE);
    }

    private VBox autoLockSection() {
        Spinner<Integer> minutes = new Spinner<>();
        minutes.setId("autoLockMinutes");
        minutes.setEditable(true);
        minutes.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(Preferences.MINIMUM_AUTO_LOCK_MINUTES,
                Preferences.MAXIMUM_AUTO_LOCK_MINUTES, model.autoLockMinutesProperty().get()));
        minutes.getValueFactory().valueProperty().bindBidirectional(model.autoLockMinutesProperty());
        model.autoLockMinutesProperty().addListener((observable, old, chosen) -> {
            if (model.saveAutoLock()) {
                window.autoLockChanged();
            }
        });
        Label unit = new Label(localization.get("settings.autoLock.unit"));
        HBox row = new HBox(8, minutes, unit);
        row.setAlignment(Pos.CENTER_LEFT);
        return lockable(section("settings.autoLock", "settings.autoLock.hint", row), minutes, Setting.AUTO_LOCK_MINUTES);
    }

    private VBox evaluationSection() {
        Spinner<Integer> weeks = new Spinner<>();
        weeks.setId("evaluationWeeks");
        weeks.setEditable(true);
        weeks.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(Preferences.MINIMUM_EVALUATION_WEEKS,
                Preferences.MAXIMUM_EVALUATION_WEEKS, model.evaluationWeeksProperty().get()));
        weeks.getValueFactory().valueProperty().bindBidirectional(model.evaluationWeeksProperty());
        model.evaluationWeeksProperty().addListener((observable, old, chosen) -> model.saveEvaluationWeeks());
        Label unit = new Label(localization.get("evalscreen.settings.weeks.unit"));
        HBox row = new HBox(8, weeks, unit);
        row.setAlignment(Pos.CENTER_LEFT);
        return lockable(section("evalscreen.settings.weeks", "evalscreen.settings.weeks.hint", row), weeks, Setting.EVALUATION_WEEKS);
    }

    private VBox safetyTermSection() {
        Spinner<Integer> weeks = new Spinner<>();
        weeks.setId("safetyTermWeeks");
        weeks.setEditable(true);
        weeks.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(Preferences.MINIMUM_SAFETY_TERM_WEEKS,
                Preferences.MAXIMUM_SAFETY_TERM_WEEKS, model.safetyTermWeeksProperty().get()));
        weeks.getValueFactory().valueProperty().bindBidirectional(model.safetyTermWeeksProperty());
        model.safetyTermWeeksProperty().addListener((observable, old, chosen) -> model.saveSafetyTermWeeks());
        HBox row = new HBox(8, weeks, new Label(localization.get("evalscreen.settings.weeks.unit")));
        row.setAlignment(Pos.CENTER_LEFT);
        return section("checkscreen.settings.safetyTerm", "checkscreen.settings.safetyTerm.hint", row);
    }

    private VBox passphraseSection() {
        PasswordField current = password("currentPassphrase", model.currentPassphraseProperty());
        PasswordField replacement = password("newPassphrase", model.newPassphraseProperty());
        PasswordField repeated = password("newPassphraseConfirmation", model.confirmationProperty());
        Button change = new Button(localization.get("settings.passphrase.button"), Icons.of(Material2MZ.VPN_KEY));
        change.setId("changePassphraseButton");
        change.setOnAction(event -> model.changePassphrase());
        repeated.setOnAction(event -> model.changePassphrase());
        VBox fields = new VBox(10, labelled("settings.passphrase.current", current), labelled("settings.passphrase.new", replacement),
                labelled("settings.passphrase.confirm", repeated), change,
                message(model.passphraseMessageProperty(), "passphraseMessage", Styles.TEXT_MUTED));
        return section("settings.passphrase", "unlock.create.advice", fields);
    }

    private PasswordField password(String id, javafx.beans.property.StringProperty property) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private VBox labelled(String key, Node field) {
        Label label = new Label(localization.get(key));
        label.getStyleClass().add("field-label");
        return new VBox(4, label, field);
    }

    private Label message(javafx.beans.value.ObservableValue<nl.keukentafel.gui.common.UiText> text, String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text.map(message -> message.in(localization)).orElse(""));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /** A setting the IT department locked: greyed out, with the reason under it. */
    private VBox lockable(VBox section, Node control, Setting setting) {
        if (model.presets().isLocked(setting)) {
            control.setDisable(true);
            section.getChildren().add(PresetNotes.locked(model.presets(), setting, localization));
        }
        return section;
    }

    /** Adds the button to the About screen to the settings' header. */
    public SettingsView withAbout(Runnable showAbout) {
        Button about = new Button(localization.get("about.button"), Icons.of(Material2AL.INFO));
        about.setId("settingsAboutButton");
        about.setOnAction(event -> showAbout.run());
        about.getStyleClass().add(Styles.FLAT);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        header.getChildren().addAll(spacer, about);
        return this;
    }

    private VBox section(String titleKey, String hintKey, Node body) {
        Label heading = new Label(localization.get(titleKey));
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-heading");
        Label hint = new Label(localization.get(hintKey));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox section = new VBox(8, heading, hint, body);
        section.getStyleClass().add("settings-section");
        return section;
    }


    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return language;
    }

    @Override
    public void activate() {
        scene = root.getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        model.domainList().load();
        if (server != null) {
            server.activate();
        }
    }

    @Override
    public void deactivate() {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        if (server != null) {
            server.deactivate();
        }
    }
}
