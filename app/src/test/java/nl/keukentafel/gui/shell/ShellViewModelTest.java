package nl.keukentafel.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.SaveStatus;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path directory;

    @Test
    void theIndicatorSaysSavingThenTheTimeAndExplainsAFullDisk() throws Exception {
        Clock amsterdam = Clock.system(ZoneId.of("Europe/Amsterdam"));
        SessionManager sessions = new SessionManager(new VaultLocation(directory), amsterdam, KdfParams.FAST_FOR_TESTS);
        char[] passphrase = "appel peer banaan kiwi".toCharArray();
        try (var session = sessions.create(passphrase, passphrase.clone(), "Test Consulent")) {
            ShellViewModel model = new ShellViewModel(sessions, session, amsterdam);
            Localization dutch = new Localization(Localization.DUTCH);
            assertThat(model.saveTextProperty().get().in(dutch)).isEqualTo("Alles is opgeslagen");

            model.show(new SaveStatus(SaveStatus.State.PENDING, Instant.parse("2026-03-02T13:32:05Z"), false));
            assertThat(model.saveTextProperty().get().in(dutch)).isEqualTo("Opslaan…");
            model.show(SaveStatus.saved(Instant.parse("2026-03-02T13:32:05Z")));
            assertThat(model.saveTextProperty().get().in(dutch)).isEqualTo("Opgeslagen om 14:32:05");
            model.show(new SaveStatus(SaveStatus.State.FAILED, Instant.parse("2026-03-02T13:32:06Z"), true));
            assertThat(model.saveTextProperty().get()).extracting(UiText::key).isEqualTo("save.failed.diskFull");
            assertThat(model.saveTextProperty().get().in(dutch)).contains("blijft bewaard");
            assertThat(model.saveStateProperty().get()).isEqualTo(SaveStatus.State.FAILED);
        }
    }
}
