package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.keukentafel.logic.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** T3's term is a preference: 6 weeks unless chosen, kept in the preferences file, within 1–26 weeks. */
class CheckSettingsTest {
    @TempDir
    Path directory;

    @Test
    void theSafetyTermComesFromThePreferencesAndSurvivesSaving() throws Exception {
        assertThat(CheckSettings.from(Preferences.defaults()).safetyTermWeeks()).isEqualTo(6)
                .isEqualTo(CheckSettings.DEFAULTS.safetyTermWeeks());
        Path file = directory.resolve(Preferences.FILE_NAME);

        Preferences.defaults().withSafetyTermWeeks(8).save(file);

        assertThat(CheckSettings.from(Preferences.load(file)).safetyTermWeeks()).isEqualTo(8);
        assertThat(Preferences.defaults().withSafetyTermWeeks(0).safetyTermWeeks()).isEqualTo(1);
        assertThat(new Preferences("nl", 5).safetyTermWeeks()).isEqualTo(Preferences.DEFAULT_SAFETY_TERM_WEEKS);
    }
}
