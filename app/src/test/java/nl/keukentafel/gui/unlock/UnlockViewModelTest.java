package nl.keukentafel.gui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.PassphrasePolicy;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockViewModelTest {
    @TempDir
    Path directory;
    private SessionManager sessions;
    private final List<Session> opened = new ArrayList<>();

    private UnlockViewModel model() {
        if (sessions == null) {
            sessions = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        }
        return new UnlockViewModel(sessions, new CurrentThreadTaskExecutor(), opened::add);
    }

    @AfterEach
    void lock() {
        sessions.lock();
    }

    @Test
    void aWeakPassphraseIsRefusedWithItsReasonAndCreatesNothing() {
        UnlockViewModel model = model();
        model.consultantNameProperty().set("Test Consulent");
        model.passphraseProperty().set("kort");
        model.confirmationProperty().set("kort");
        model.submit();
        assertThat(model.errorProperty().get()).extracting(UiText::key).isEqualTo(PassphrasePolicy.Weakness.TOO_SHORT.messageKey());
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(opened).isEmpty();
        assertThat(sessions.vaultExists()).isFalse();
    }

    @Test
    void aMissingNameIsAskedFor() {
        UnlockViewModel model = model();
        model.passphraseProperty().set("appel peer banaan kiwi");
        model.confirmationProperty().set("appel peer banaan kiwi");
        model.submit();
        assertThat(model.errorProperty().get()).extracting(UiText::key).isEqualTo("unlock.error.nameMissing");
        assertThat(sessions.vaultExists()).isFalse();
    }

    @Test
    void anEmptiedDatabaseIsReportedAsDamageAndNotReplacedByAnEmptyVault() throws Exception {
        UnlockViewModel create = model();
        create.consultantNameProperty().set("Test Consulent");
        create.passphraseProperty().set("appel peer banaan kiwi");
        create.confirmationProperty().set("appel peer banaan kiwi");
        create.submit();
        sessions.lock();
        opened.clear();
        java.nio.file.Files.write(sessions.location().database(), new byte[0]);
        java.nio.file.Files.deleteIfExists(directory.resolve(VaultLocation.DATABASE_FILE + "-wal"));

        UnlockViewModel unlock = model();
        assertThat(unlock.createMode()).as("a key file is there: this is a vault, not a new one").isFalse();
        unlock.passphraseProperty().set("appel peer banaan kiwi");
        unlock.submit();
        assertThat(unlock.errorProperty().get().key()).isEqualTo(VaultException.Reason.DATABASE_UNREADABLE.messageKey());
        assertThat(opened).isEmpty();
        assertThat(java.nio.file.Files.size(sessions.location().database())).isZero();
    }

    @Test
    void createThenUnlockAndAWrongPassphraseCountsTowardTheThrottle() {
        UnlockViewModel create = model();
        assertThat(create.createMode()).isTrue();
        create.consultantNameProperty().set("Test Consulent");
        create.passphraseProperty().set("appel peer banaan kiwi");
        create.confirmationProperty().set("appel peer banaan kiwi");
        create.submit();
        assertThat(opened).hasSize(1);
        sessions.lock();

        UnlockViewModel unlock = model();
        assertThat(unlock.createMode()).isFalse();
        unlock.passphraseProperty().set("fout fout fout fout");
        unlock.submit();
        assertThat(unlock.errorProperty().get().key()).isEqualTo(VaultException.Reason.WRONG_PASSPHRASE.messageKey());
        assertThat(unlock.hintProperty().get().key()).isEqualTo("unlock.throttle.info");
        assertThat(unlock.busyProperty().get()).isFalse();
        assertThat(sessions.throttle().failures()).isEqualTo(1);

        unlock.passphraseProperty().set("appel peer banaan kiwi");
        unlock.submit();
        assertThat(opened).hasSize(2);
        assertThat(unlock.errorProperty().get()).isNull();
        assertThat(sessions.current()).isPresent();
    }
}
