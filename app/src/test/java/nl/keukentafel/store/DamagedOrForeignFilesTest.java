package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Random;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, foreign or half-present vault files are reported by reason and never overwritten. */
class DamagedOrForeignFilesTest {
    @TempDir
    Path directory;

    private VaultLocation location() {
        return new VaultLocation(directory);
    }

    @Test
    void aGarbageKeyFileIsUnreadable() throws Exception {
        TestVaults.create(location()).close();
        Files.write(location().keyFile(), "dit is geen sleutelbestand".getBytes(StandardCharsets.UTF_8));
        expectUntouched(VaultException.Reason.KEY_FILE_UNREADABLE);
    }

    @Test
    void aKeyFileWithTamperedParametersFailsLikeAWrongPassphrase() throws Exception {
        TestVaults.create(location()).close();
        String keyFile = Files.readString(location().keyFile());
        Files.writeString(location().keyFile(), keyFile.replace("\"iterations\" : 1", "\"iterations\" : 2"));
        assertThat(Files.readString(location().keyFile())).isNotEqualTo(keyFile);
        expectUntouched(VaultException.Reason.WRONG_PASSPHRASE);
    }

    @Test
    void aDatabaseOfRandomBytesIsUnreadable() throws Exception {
        TestVaults.create(location()).close();
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(location().database(), noise);
        expectUntouched(VaultException.Reason.DATABASE_UNREADABLE);
    }

    @Test
    void aPlaintextSqliteDatabaseIsUnreadable() throws Exception {
        TestVaults.create(location()).close();
        Files.delete(location().database());
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + location().database());
             Statement statement = plain.createStatement()) {
            statement.execute("create table record (id text primary key, body text)");
            statement.execute("insert into record values ('1', '{}')");
        }
        expectUntouched(VaultException.Reason.DATABASE_UNREADABLE);
    }

    @Test
    void anotherVaultsDatabaseIsUnreadable() throws Exception {
        TestVaults.create(location()).close();
        Path other = Files.createDirectory(directory.resolve("other"));
        TestVaults.create(new VaultLocation(other)).close();
        Files.copy(other.resolve(VaultLocation.DATABASE_FILE), location().database(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        expectUntouched(VaultException.Reason.DATABASE_UNREADABLE);
    }

    @Test
    void aDatabaseWithoutItsKeyFileSaysTheKeyIsMissing() throws Exception {
        TestVaults.create(location()).close();
        Files.delete(location().keyFile());
        expectUntouched(VaultException.Reason.KEY_FILE_MISSING);
    }

    @Test
    void aKeyFileWithoutItsDatabaseIsUnreadable() throws Exception {
        TestVaults.create(location()).close();
        Files.delete(location().database());
        expectUntouched(VaultException.Reason.DATABASE_UNREADABLE);
    }

    @Test
    void anEmptyDirectoryHasNoVault() throws Exception {
        expectUntouched(VaultException.Reason.NOT_FOUND);
    }

    @Test
    void aVaultIsNeverCreatedOverExistingFiles() throws Exception {
        try (Vault vault = TestVaults.create(location())) {
            TestVaults.writeHousehold(vault);
        }
        FileSnapshot before = FileSnapshot.of(directory);
        PassphraseTest.expectReason(() -> Vault.create(location(), "een heel andere zin".toCharArray(), "Ander",
                KdfParams.FAST_FOR_TESTS, Clock.systemUTC()), VaultException.Reason.ALREADY_EXISTS);
        assertThat(FileSnapshot.of(directory)).isEqualTo(before);

        Files.delete(location().keyFile());
        before = FileSnapshot.of(directory);
        PassphraseTest.expectReason(() -> TestVaults.create(location()), VaultException.Reason.ALREADY_EXISTS);
        assertThat(FileSnapshot.of(directory)).as("only the database left").isEqualTo(before);
    }

    @Test
    void aVaultIsNotCreatedOverALoneKeyFile() throws Exception {
        TestVaults.create(location()).close();
        Files.delete(location().database());
        FileSnapshot before = FileSnapshot.of(directory);
        PassphraseTest.expectReason(() -> TestVaults.create(location()), VaultException.Reason.ALREADY_EXISTS);
        assertThat(FileSnapshot.of(directory)).isEqualTo(before);
    }

    /** Unlocking with the right passphrase fails with {@code reason} and leaves every file as it was. */
    private void expectUntouched(VaultException.Reason reason) throws Exception {
        FileSnapshot before = FileSnapshot.of(directory);
        PassphraseTest.expectReason(() -> TestVaults.unlock(location()), reason);
        assertThat(FileSnapshot.of(directory)).isEqualTo(before);
    }
}
