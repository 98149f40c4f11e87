package nl.keukentafel.logic.presets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.keukentafel.logic.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetsFileTest {
    @TempDir
    Path folder;

    private Path write(String text) throws IOException {
        Path file = folder.resolve(PresetsFile.FILE_NAME);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void eachOsHasItsDocumentedPlaceAndThePropertyOverridesIt() {
        assertThat(PresetsFile.location("Linux", Map.of(), null)).isEqualTo(Path.of("/etc/keukentafel/settings.properties"));
        assertThat(PresetsFile.location("Windows 11", Map.of("ProgramData", "D:\\PD"), null))
                .isEqualTo(Path.of("D:\\PD", "Keukentafel", "settings.properties"));
        assertThat(PresetsFile.location("Mac OS X", Map.of(), null))
                .isEqualTo(Path.of("/Library/Application Support/Keukentafel/settings.properties"));
        assertThat(PresetsFile.location("Linux", Map.of(), "/tmp/elsewhere.properties")).isEqualTo(Path.of("/tmp/elsewhere.properties"));
    }

    @Test
    void noFileMeansNoPresetsAndNoProblem() {
        Presets presets = PresetsFile.load(folder.resolve("absent.properties"));
        assertThat(presets.values()).isEmpty();
        assertThat(presets.problem()).isEmpty();
        assertThat(presets.startingPreferences()).isEqualTo(Preferences.defaults());
    }

    @Test
    void presetValuesAreWhereAConsultantStartsAndLockedOnesCannotBeChanged() throws IOException {
        Presets presets = PresetsFile.load(write("""
                # Gemeente Voorbeeld, uitgerold door ICT
                serverAddress=https://keukentafel.voorbeeld.invalid
                autoLockMinutes=3
                language=nl
                evaluationWeeks=8
                lifeDomainsFile=/etc/keukentafel/leefgebieden.json
                locked=autoLockMinutes, language
                lockReason=Vastgezet door ICT (informatiebeveiligingsbeleid)
                """));
        assertThat(presets.problem()).isEmpty();
        assertThat(presets.serverAddress()).contains("https://keukentafel.voorbeeld.invalid");
        assertThat(presets.lifeDomainsFile()).contains(Path.of("/etc/keukentafel/leefgebieden.json"));
        assertThat(presets.startingPreferences()).isEqualTo(new Preferences("nl", 3, 8));
        assertThat(presets.isLocked(Setting.AUTO_LOCK_MINUTES)).isTrue();
        assertThat(presets.isLocked(Setting.EVALUATION_WEEKS)).isFalse();
        assertThat(presets.lockReason()).isEqualTo("Vastgezet door ICT (informatiebeveiligingsbeleid)");
        Preferences changedByConsultant = new Preferences("en", 30, 4);
        assertThat(presets.enforceLocks(changedByConsultant)).isEqualTo(new Preferences("nl", 3, 4));
    }

    @Test
    void theConsultantsOwnFileWinsOverAPresetThatIsNotLocked() throws IOException {
        Presets presets = PresetsFile.load(write("evaluationWeeks=8\nautoLockMinutes=3\n"));
        Path own = folder.resolve(Preferences.FILE_NAME);
        new Preferences("", 10, 8).save(own);
        assertThat(Preferences.load(own, presets.startingPreferences()).autoLockMinutes()).isEqualTo(10);
        assertThat(Preferences.load(folder.resolve("none.properties"), presets.startingPreferences()).autoLockMinutes()).isEqualTo(3);
    }

    @Test
    void whatAConsultantWorksWithIsTheirFileOverThePresetsWithLockedOnesAtThePreset() throws IOException {
        Presets presets = PresetsFile.load(write("evaluationWeeks=8\nautoLockMinutes=3\nlocked=evaluationWeeks\n"));
        Path own = folder.resolve(Preferences.FILE_NAME);
        new Preferences("en", 10, 4, 9).save(own);

        assertThat(presets.effective(own)).isEqualTo(new Preferences("en", 10, 8, 9));
        assertThat(presets.effective(folder.resolve("none.properties"))).isEqualTo(new Preferences("", 3, 8));
    }

    @Test
    void aDamagedFileIsIgnoredAsAWholeAndSaysWhatIsWrong() throws IOException {
        assertProblem(write("autoLockMinutes=drie\nlanguage=nl\n"), "presets.problem.badValue", "autoLockMinutes=drie");
        assertProblem(write("autolock=5\n"), "presets.problem.unknownKey", "autolock");
        assertProblem(write("language=fr\n"), "presets.problem.badValue", "language=fr");
        assertProblem(write("language=nl\nlocked=language,colour\n"), "presets.problem.unknownLock", "colour");
        assertProblem(write("locked=evaluationWeeks\n"), "presets.problem.lockWithoutValue", "evaluationWeeks");
        assertProblem(write("language=\\u00zz\n"), "presets.problem.unreadable", "UTF-8");
        Path binary = folder.resolve("binary.properties");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41, (byte) 0xc3});
        assertProblem(binary, "presets.problem.unreadable", "UTF-8");
    }

    private static void assertProblem(Path file, String key, String detail) {
        Presets presets = PresetsFile.load(file);
        assertThat(presets.values()).isEmpty();
        assertThat(presets.locked()).isEmpty();
        assertThat(presets.problem()).contains(new PresetProblem(key, file, detail));
        assertThat(presets.startingPreferences()).isEqualTo(Preferences.defaults());
    }

    @Test
    void theProblemIsEmptyForAGoodFile() throws IOException {
        assertThat(PresetsFile.load(write("language=en\n")).problem()).isEqualTo(Optional.empty());
    }
}
