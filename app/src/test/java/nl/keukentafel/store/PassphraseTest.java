package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import nl.keukentafel.store.crypto.KdfParams;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unlocking with the right and wrong passphrase, and changing it without touching the database. */
class PassphraseTest {
    private static final String REPLACEMENT = "nieuwe zin met vier woorden";

    @TempDir
    Path directory;

    @Test
    void theRightPassphraseOpensAndShowsTheData() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        TestVaults.Household household;
        try (Vault vault = TestVaults.create(location)) {
            household = TestVaults.writeHousehold(vault);
        }
        try (Vault vault = TestVaults.unlock(location)) {
            assertThat(RecordMapper.member(vault.records().find(household.parent().id()).orElseThrow()).bsn())
                    .isEqualTo(TestVaults.BSN);
            assertThat(vault.consultantName()).isEqualTo(TestVaults.CONSULTANT);
        }
    }

    @Test
    void aWrongPassphraseIsReportedAndTouchesNoFile() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        try (Vault vault = TestVaults.create(location)) {
            TestVaults.writeHousehold(vault);
        }
        FileSnapshot before = FileSnapshot.of(directory);
        expectReason(() -> Vault.unlock(location, "fout fout fout fout".toCharArray(), Clock.systemUTC()),
                VaultException.Reason.WRONG_PASSPHRASE);
        expectReason(() -> Vault.unlock(location, new char[0], Clock.systemUTC()), VaultException.Reason.WRONG_PASSPHRASE);
        assertThat(FileSnapshot.of(directory)).isEqualTo(before);
    }

    @Test
    void changingThePassphraseKeepsTheDataAndDoesNotRewriteTheDatabase() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        TestVaults.Household household;
        try (Vault vault = TestVaults.create(location)) {
            household = TestVaults.writeHousehold(vault);
        }
        String databaseBefore = sha256(location.database());
        byte[] keyFileBefore = Files.readAllBytes(location.keyFile());
        try (Vault vault = TestVaults.unlock(location)) {
            vault.changePassphrase(TestVaults.passphrase(), REPLACEMENT.toCharArray(), KdfParams.FAST_FOR_TESTS);
        }
        assertThat(sha256(location.database())).as("the database file is not rewritten").isEqualTo(databaseBefore);
        assertThat(Files.readAllBytes(location.keyFile())).isNotEqualTo(keyFileBefore);
        assertThat(directory.resolve(VaultLocation.KEY_FILE + ".new")).doesNotExist();

        expectReason(() -> TestVaults.unlock(location), VaultException.Reason.WRONG_PASSPHRASE);
        try (Vault vault = Vault.unlock(location, REPLACEMENT.toCharArray(), Clock.systemUTC())) {
            assertThat(RecordMapper.family(vault.records().find(household.family().id()).orElseThrow()).householdName())
                    .isEqualTo(TestVaults.HOUSEHOLD);
            assertThat(vault.caseload().search(TestVaults.CHILD_GIVEN, false, 10)).hasSize(1);
        }
    }

    @Test
    void aChangeNeedsTheCurrentPassphraseAndThenChangesNothing() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        try (Vault vault = TestVaults.create(location)) {
            byte[] keyFileBefore = Files.readAllBytes(location.keyFile());
            expectReason(() -> vault.changePassphrase("niet de goede zin".toCharArray(), REPLACEMENT.toCharArray(),
                    KdfParams.FAST_FOR_TESTS), VaultException.Reason.WRONG_PASSPHRASE);
            assertThat(Files.readAllBytes(location.keyFile())).isEqualTo(keyFileBefore);
        }
        TestVaults.unlock(location).close();
    }

    @Test
    void aStaleTemporaryKeyFileFromACrashDoesNotBreakUnlockingOrTheNextChange() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        TestVaults.create(location).close();
        Path stale = directory.resolve(VaultLocation.KEY_FILE + ".new");
        Files.writeString(stale, "{\"format\": 1, \"kdf\": {\"name\": \"argon2id\", \"sal", StandardCharsets.UTF_8);
        try (Vault vault = TestVaults.unlock(location)) {
            vault.changePassphrase(TestVaults.passphrase(), REPLACEMENT.toCharArray(), KdfParams.FAST_FOR_TESTS);
        }
        assertThat(stale).doesNotExist();
        Vault.unlock(location, REPLACEMENT.toCharArray(), Clock.systemUTC()).close();
    }

    static void expectReason(ThrowingCallable call, VaultException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VaultException.class,
                failure -> assertThat(failure.reason()).isEqualTo(reason));
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
