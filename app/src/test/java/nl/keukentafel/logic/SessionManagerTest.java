package nl.keukentafel.logic;

import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating, unlocking and locking through the session manager, on real vault files. */
class SessionManagerTest {
    @TempDir
    Path directory;
    private SessionManager manager;

    @BeforeEach
    void manager() {
        manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
    }

    @AfterEach
    void lock() {
        manager.lock();
    }

    private Session create() throws Exception {
        return manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
    }

    @Test
    void aWeakPassphraseCreatesNothingAndIsWiped() throws Exception {
        char[] passphrase = "kort".toCharArray();
        char[] confirmation = "kort".toCharArray();
        assertThatThrownBy(() -> manager.create(passphrase, confirmation, TestVaults.CONSULTANT))
                .isInstanceOfSatisfying(SessionManager.WeakPassphraseException.class,
                        weak -> assertThat(weak.weakness()).isEqualTo(PassphrasePolicy.Weakness.TOO_SHORT));
        assertThat(manager.vaultExists()).isFalse();
        assertThat(directory).isEmptyDirectory();
        assertThat(passphrase).containsOnly('\0');
        assertThat(confirmation).containsOnly('\0');
    }

    @Test
    void createUnlockAndLockWipeThePassphrasesHandedIn() throws Exception {
        char[] passphrase = TestVaults.passphrase();
        char[] confirmation = TestVaults.passphrase();
        manager.create(passphrase, confirmation, TestVaults.CONSULTANT);
        assertThat(passphrase).containsOnly('\0');
        assertThat(confirmation).containsOnly('\0');
        assertThat(manager.vaultExists()).isTrue();
        manager.lock();
        assertThat(manager.current()).isEmpty();
        manager.lock();

        char[] again = TestVaults.passphrase();
        Session session = manager.unlock(again);
        assertThat(again).containsOnly('\0');
        assertThat(manager.current()).containsSame(session);
        assertThat(session.consultantName()).isEqualTo(TestVaults.CONSULTANT);
    }

    @Test
    void aWrongPassphraseCountsTowardTheThrottleAndTheRightOneResetsIt() throws Exception {
        create();
        manager.lock();
        for (int attempt = 1; attempt <= 2; attempt++) {
            char[] wrong = "niet mijn wachtzin".toCharArray();
            assertThatThrownBy(() -> manager.unlock(wrong)).isInstanceOfSatisfying(VaultException.class,
                    failure -> assertThat(failure.reason()).isEqualTo(VaultException.Reason.WRONG_PASSPHRASE));
            assertThat(wrong).containsOnly('\0');
            assertThat(manager.throttle().failures()).isEqualTo(attempt);
            assertThat(manager.current()).isEmpty();
        }
        manager.unlock(TestVaults.passphrase());
        assertThat(manager.throttle().failures()).isZero();
    }

    @Test
    void lockSavesPendingEditsFirst() throws Exception {
        Session session = create();
        UUID dossier = session.caseload().createFamily(TestVaults.HOUSEHOLD).join();
        session.dossiers().edit(new RecordRef(RecordKind.FAMILY, dossier, dossier), Family.Field.STREET, TestVaults.STREET);
        manager.lock();
        assertThat(manager.current()).isEmpty();
        try (Vault vault = TestVaults.unlock(new VaultLocation(directory))) {
            assertThat(RecordMapper.family(vault.records().find(dossier).orElseThrow()).street()).isEqualTo(TestVaults.STREET);
        }
    }

    @Test
    void unlockingAgainLocksThePreviousSessionFirst() throws Exception {
        Session first = create();
        UUID dossier = first.caseload().createFamily(TestVaults.HOUSEHOLD).join();
        first.dossiers().edit(new RecordRef(RecordKind.FAMILY, dossier, dossier), Family.Field.CITY, TestVaults.CITY);
        Session second = manager.unlock(TestVaults.passphrase());
        assertThat(manager.current()).containsSame(second);
        assertThat(second.dossiers().read(dossier).family().city()).isEqualTo(TestVaults.CITY);
        assertThatThrownBy(() -> first.caseload().search("", false)).as("the first session's vault is closed");
    }

    @Test
    void aNewPassphraseFromTheSessionOpensTheVaultNextTime() throws Exception {
        Session session = create();
        session.changePassphrase(TestVaults.passphrase(), "een nieuwe lange wachtzin".toCharArray());
        manager.lock();
        assertThatThrownBy(() -> manager.unlock(TestVaults.passphrase())).isInstanceOf(VaultException.class);
        assertThat(manager.unlock("een nieuwe lange wachtzin".toCharArray())).isNotNull();
    }
}
