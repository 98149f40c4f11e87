package nl.keukentafel.gui.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import nl.keukentafel.gui.MainWindow;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.gui.about.AboutView;
import nl.keukentafel.gui.about.AboutViewModel;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.logic.FirstRun;
import nl.keukentafel.logic.Preferences;
import nl.keukentafel.logic.about.BuildInfo;
import nl.keukentafel.logic.presets.PresetsFile;
import nl.keukentafel.logic.presets.Setting;
import org.junit.jupiter.api.Test;

/** The first-run welcome, the IT department's locked settings and the About screen, in the real main window. */
class InstallationScreensTest extends WindowTestBase {
    private Locale systemLocale = Locale.forLanguageTag("de-DE");
    private final List<Path> opened = new ArrayList<>();

    @Override
    protected void showFirst() {
        // each test writes its presets first, then shows the window
    }

    private Path presets() {
        return directory.resolve("settings.properties");
    }

    private AppContext context() {
        return new AppContext(sessions, new CurrentThreadTaskExecutor(), Clock.systemDefaultZone(),
                directory.resolve(Preferences.FILE_NAME), systemLocale, PresetsFile.load(presets()),
                Optional.of(new FirstRun(directory, directory.resolve("vault"))));
    }

    private void showWindow() throws Exception {
        show(() -> new MainWindow(context()).root());
    }

    @Test
    void theWelcomeComesOnceBeforeTheFirstVaultAndOffersTheLanguage() throws Exception {
        showWindow();
        assertThat(lookup("#welcomeScreen").tryQuery()).isPresent();
        assertThat(lookup("#welcomeLanguageFallback").queryAs(Label.class).getText()).contains("Deutsch").contains("Nederlands");
        snap("first-run");
        clickOn("#welcomeEnglish");
        assertThat(lookup("#welcomeProceed").queryButton().getText()).isEqualTo("Understood, create my vault");
        assertThat(Preferences.load(directory.resolve(Preferences.FILE_NAME)).language()).isEqualTo("en");
        assertThat(lookup("#welcomeLanguageFallback").tryQuery()).as("a language was chosen").isEmpty();
        clickOn("#welcomeSkip");
        assertThat(lookup("#consultantName").tryQuery()).as("the create-vault screen").isPresent();
        showWindow();
        assertThat(lookup("#welcomeScreen").tryQuery()).as("never shown again").isEmpty();
        assertThat(lookup("#consultantName").tryQuery()).isPresent();
    }

    @Test
    void aLockedSettingIsGreyedOutWithItsReasonAndAboutShowsTheBuildAndTheGeneratedLicences() throws Exception {
        Files.writeString(presets(), "autoLockMinutes=3\nlanguage=nl\nserverAddress=https://keukentafel.voorbeeld.invalid\n"
                + "locked=autoLockMinutes,serverAddress\n"
                + "lockReason=informatiebeveiligingsbeleid van de gemeente\n", StandardCharsets.UTF_8);
        new FirstRun(directory, directory.resolve("vault")).markSeen();
        showWindow();
        createVaultWithKeyboard();
        clickOn("#settingsButton");
        assertThat(lookup("#autoLockMinutes").query().isDisabled()).isTrue();
        assertThat(lookup("#languageChoice").query().isDisabled()).as("preset, not locked").isFalse();
        assertThat(lookup("#locked-autoLockMinutes").queryAs(Label.class).getText())
                .isEqualTo("Vastgezet door uw ICT-afdeling: informatiebeveiligingsbeleid van de gemeente");
        snap("locked-setting");
        AppContext context = context();
        context.updatePreferences(context.preferences().withAutoLockMinutes(60));
        assertThat(Preferences.load(directory.resolve(Preferences.FILE_NAME)).autoLockMinutes()).isEqualTo(3);

        clickOn("#settingsServerButton");
        assertThat(lookup("#serverAddress").queryTextInputControl().getText()).isEqualTo("https://keukentafel.voorbeeld.invalid");
        assertThat(lookup("#serverAddress").query().isDisabled()).isTrue();
        assertThat(lookup("#locked-serverAddress").queryAs(Label.class).getText()).as("why it cannot be changed")
                .isEqualTo("Vastgezet door uw ICT-afdeling: informatiebeveiligingsbeleid van de gemeente");
        assertThat(lookup("#locked-serverAddress").query().isVisible()).isTrue();
        clickOn("#serverBackButton");
        clickOn("#settingsAboutButton");
        assertThat(lookup("#aboutVersion").queryAs(Label.class).getText()).startsWith("Versie 0.");
        assertThat(lookup("#aboutVaultFolder").queryAs(Label.class).getText()).contains(directory.resolve("vault").toString());
        assertThat(lookup("#aboutLibraries").queryAs(TextArea.class).getText())
                .contains("org.openjfx:javafx-controls").contains("GPLv2+CE").contains("sqlite-jdbc").contains("Bouncy Castle Licence");
        assertThat(lookup("#aboutRuntime").queryAs(Label.class).getText()).startsWith("Java-runtime: ")
                .contains(System.getProperty("java.runtime.version")).contains("Classpath Exception");
        snap("about");
        clickOn("#aboutBackButton");
        assertThat(lookup("#settingsScreen").tryQuery()).isPresent();
    }

    @Test
    void openFolderOpensTheVaultFolderOrSaysWhereItIs() throws Exception {
        new FirstRun(directory, directory.resolve("vault")).markSeen();
        AppContext context = context();
        BuildInfo build = new BuildInfo(Optional.of("9.9.9"), "2026-12-05", List.of("(MIT) example"));
        show(() -> new AboutView(new AboutViewModel(context, build, List.of("font.ttf (x.jar)"), presets(), opened::add),
                dutch, () -> { }).root());
        clickOn("#aboutOpenFolder");
        assertThat(opened).containsExactly(directory.toAbsolutePath());
        assertThat(lookup("#aboutVersion").queryAs(Label.class).getText()).isEqualTo("Versie 9.9.9, gebouwd op 2026-12-05");
        show(() -> new AboutView(new AboutViewModel(context, build, List.of(), presets(), folder -> {
            throw new IOException("no file manager");
        }), dutch, () -> { }).root());
        clickOn("#aboutOpenFolder");
        assertThat(lookup("#aboutMessage").queryAs(Label.class).getText()).contains(directory.toAbsolutePath().toString());
    }

    @Test
    void aDamagedPresetsFileIsReportedAndIgnored() throws Exception {
        Files.writeString(presets(), "autoLockMinutes=drie\nlocked=autoLockMinutes\n", StandardCharsets.UTF_8);
        AppContext context = context();
        assertThat(context.presets().isLocked(Setting.AUTO_LOCK_MINUTES)).isFalse();
        assertThat(context.preferences().autoLockMinutes()).isEqualTo(Preferences.DEFAULT_AUTO_LOCK_MINUTES);
        show(() -> new AboutView(new AboutViewModel(context, BuildInfo.ofThisBuild(), List.of(), presets(), opened::add),
                dutch, () -> { }).root());
        assertThat(lookup("#presetProblem").queryAs(Label.class).getText()).contains(presets().toString())
                .contains("autoLockMinutes=drie").contains("genegeerd");
    }

    @Test
    void aDutchSystemGetsNoLanguageNotice() throws Exception {
        systemLocale = Locale.forLanguageTag("nl-NL");
        showWindow();
        assertThat(lookup("#welcomeLanguageFallback").tryQuery()).isEmpty();
        assertThat(lookup("#welcomeProceed").queryButton().getText()).isEqualTo("Begrepen, maak mijn kluis");
        clickOn("#welcomeProceed");
        assertThat(lookup("#consultantName").tryQuery()).isPresent();
    }
}
