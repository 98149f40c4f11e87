package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.settings.SettingsViewModel;
import nl.keukentafel.logic.Preferences;
import org.junit.jupiter.api.Test;

class LanguageSwitchTest extends GuiTestBase {
    @Test
    void choosingEnglishRebuildsTheScreensAndIsRemembered() throws Exception {
        createVaultWithKeyboard();
        assertThat(lookup("#lockButton").queryAs(Button.class).getText()).isEqualTo("Vergrendelen");
        push(KeyCode.CONTROL, KeyCode.COMMA);
        ComboBox<SettingsViewModel.Language> language = lookup("#languageChoice").queryComboBox();
        interact(() -> language.setValue(SettingsViewModel.Language.ENGLISH));

        assertThat(lookup("#lockButton").queryAs(Button.class).getText()).isEqualTo("Lock");
        assertThat(lookup("#settingsScreen").tryQuery()).as("still on the settings screen").isPresent();
        assertThat(Files.readString(directory.resolve(Preferences.FILE_NAME))).contains("language=en");

        type(KeyCode.ESCAPE);
        assertThat(lookup("#caseloadSearch").tryQuery()).isPresent();
    }
}
