package nl.keukentafel.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.PassphrasePolicy;
import nl.keukentafel.logic.Preferences;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    private static final String PASSPHRASE = "appel peer banaan kiwi";
    @TempDir
    Path directory;
    private SessionManager sessions;
    private AppContext context;
    private Session session;

    @BeforeEach
    void openVault() throws Exception {
        sessions = new SessionManager(new VaultLocation(directory.resolve("vault")), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        session = sessions.create(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), "Test Consulent");
        context = new AppContext(sessions, new CurrentThreadTaskExecutor(), Clock.systemUTC(),
                directory.resolve(Preferences.FILE_NAME), Locale.ENGLISH);
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    @Test
    void languageFollowsTheSystemUntilChosenAndTheChoiceIsStored() {
        assertThat(context.localization().locale()).isEqualTo(Localization.ENGLISH);
        SettingsViewModel model = new SettingsViewModel(context, session);
        assertThat(model.languageProperty().get()).isEqualTo(SettingsViewModel.Language.SYSTEM);
        model.languageProperty().set(SettingsViewModel.Language.DUTCH);
        assertThat(model.saveLanguage()).isTrue();
        model.autoLockMinutesProperty().set(12);
        assertThat(model.saveAutoLock()).isTrue();

        Preferences stored = Preferences.load(directory.resolve(Preferences.FILE_NAME));
        assertThat(stored).isEqualTo(new Preferences("nl", 12));
        assertThat(new AppContext(sessions, new CurrentThreadTaskExecutor(), Clock.systemUTC(), directory.resolve(Preferences.FILE_NAME),
                Locale.ENGLISH).localization().locale()).isEqualTo(Localization.DUTCH);
    }

    @Test
    void theEvaluationIntervalStartsAtSixWeeksIsStoredAndStaysWithinAYear() {
        SettingsViewModel model = new SettingsViewModel(context, session);
        assertThat(model.evaluationWeeksProperty().get()).isEqualTo(Preferences.DEFAULT_EVALUATION_WEEKS).isEqualTo(6);
        model.evaluationWeeksProperty().set(8);
        assertThat(model.saveEvaluationWeeks()).isTrue();
        assertThat(context.evaluationWeeks()).isEqualTo(8);
        assertThat(Preferences.load(directory.resolve(Preferences.FILE_NAME)).evaluationWeeks()).isEqualTo(8);
        assertThat(Preferences.defaults().withEvaluationWeeks(0).evaluationWeeks()).isEqualTo(1);
        assertThat(Preferences.defaults().withEvaluationWeeks(99).evaluationWeeks()).isEqualTo(52);
    }

    @Test
    void theSafetyTermIsStoredAndTheDossierCheckUsesItFromNowOn() {
        SettingsViewModel model = new SettingsViewModel(context, session);
        assertThat(model.safetyTermWeeksProperty().get()).isEqualTo(6);
        model.safetyTermWeeksProperty().set(4);
        assertThat(model.saveSafetyTermWeeks()).isTrue();
        assertThat(context.preferences().safetyTermWeeks()).isEqualTo(4);
        assertThat(session.checker().settings().safetyTermWeeks()).isEqualTo(4);
    }

    @Test
    void passphraseChangeAppliesThePolicyThenWorks() throws Exception {
        SettingsViewModel model = new SettingsViewModel(context, session);
        model.currentPassphraseProperty().set(PASSPHRASE);
        model.newPassphraseProperty().set("1234567890123");
        model.confirmationProperty().set("1234567890123");
        model.changePassphrase();
        assertThat(model.passphraseMessageProperty().get().key()).isEqualTo(PassphrasePolicy.Weakness.ONLY_DIGITS.messageKey());

        model.currentPassphraseProperty().set("niet het goede wachtwoord");
        model.newPassphraseProperty().set("zon zee strand duin");
        model.confirmationProperty().set("zon zee strand duin");
        model.changePassphrase();
        assertThat(model.passphraseMessageProperty().get().key()).isEqualTo("settings.passphrase.currentWrong");

        model.currentPassphraseProperty().set(PASSPHRASE);
        model.newPassphraseProperty().set("zon zee strand duin");
        model.confirmationProperty().set("zon zee strand duin");
        model.changePassphrase();
        assertThat(model.passphraseMessageProperty().get().key()).isEqualTo("settings.passphrase.changed");
        assertThat(model.currentPassphraseProperty().get()).isEmpty();
        sessions.lock();
        assertThat(sessions.unlock("zon zee strand duin".toCharArray()).consultantName()).isEqualTo("Test Consulent");
    }
}
