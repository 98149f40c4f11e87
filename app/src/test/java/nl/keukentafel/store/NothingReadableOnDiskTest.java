package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 0001: a lost laptop exposes nothing. The vault's files hold no typed value in any readable form. */
class NothingReadableOnDiskTest {
    @TempDir
    Path directory;

    @Test
    void noTypedValueIsInAnyVaultOrNewTempFileWhileOpenOrAfterClose() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> tempBefore = FileSnapshot.regularFiles(temp, 4);
        FileTime start = FileTime.from(Instant.now().minusSeconds(1));
        VaultLocation location = new VaultLocation(directory);
        try (Vault vault = TestVaults.create(location)) {
            TestVaults.writeHousehold(vault);
            vault.database().flush();
            Path wal = directory.resolve(VaultLocation.DATABASE_FILE + "-wal");
            assertThat(wal).as("the writes are in the WAL, so it is scanned while it holds them").exists();
            assertThat(Files.size(wal)).isPositive();
            assertThat(directory.resolve(VaultLocation.DATABASE_FILE + "-shm")).exists();
            assertThat(FileSnapshot.plaintextFindings(filesToScan(temp, tempBefore, start), TestVaults.personalValues()))
                    .as("while open").isEmpty();
        }
        assertThat(FileSnapshot.plaintextFindings(filesToScan(temp, tempBefore, start), TestVaults.personalValues()))
                .as("after close").isEmpty();
    }

    /** The scan itself works: it finds the values in a plaintext database, in UTF-8 and in UTF-16LE. */
    @Test
    void theScanFindsValuesInAPlaintextDatabase() throws Exception {
        Path utf8 = directory.resolve("plain8.db");
        Path utf16 = directory.resolve("plain16.db");
        writePlaintextDatabase(utf8, "UTF-8", TestVaults.PARENT_FAMILY);
        writePlaintextDatabase(utf16, "UTF-16le", TestVaults.PARENT_GIVEN);
        assertThat(FileSnapshot.plaintextFindings(List.of(utf8, utf16), TestVaults.personalValues()))
                .anyMatch(finding -> finding.contains("plain8.db: " + TestVaults.PARENT_FAMILY + " (UTF-8)"))
                .anyMatch(finding -> finding.contains("plain16.db: " + TestVaults.PARENT_GIVEN + " (UTF-16LE)"));
    }

    @Test
    void theSqliteCommandLineCannotReadTheVault() throws Exception {
        Assumptions.assumeTrue(sqliteCliAvailable(), "the sqlite3 command-line tool is not installed");
        VaultLocation location = new VaultLocation(directory);
        try (Vault vault = TestVaults.create(location)) {
            TestVaults.writeHousehold(vault);
        }
        Process process = new ProcessBuilder("sqlite3", location.database().toString(), "select count(*) from record")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("not a database");
    }

    @Test
    void anUnkeyedDriverCannotReadTheVault() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        try (Vault vault = TestVaults.create(location)) {
            TestVaults.writeHousehold(vault);
        }
        assertThatThrownBy(() -> {
            try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + location.database());
                 Statement statement = plain.createStatement()) {
                statement.executeQuery("select count(*) from record").close();
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("not a database");
        try (Vault vault = TestVaults.unlock(location)) {
            assertThat(vault.caseload().search("", false, 10)).hasSize(1);
        }
    }

    private List<Path> filesToScan(Path temp, Set<Path> tempBefore, FileTime start) throws IOException {
        List<Path> files = new ArrayList<>(FileSnapshot.regularFiles(directory, 1));
        for (Path file : FileSnapshot.regularFiles(temp, 4)) {
            if (!file.startsWith(directory) && !inAnotherTestsFolder(temp, file)
                    && (!tempBefore.contains(file) || modifiedSince(file, start))) {
                files.add(file);
            }
        }
        assertThat(files).extracting(file -> file.getFileName().toString()).contains(VaultLocation.DATABASE_FILE,
                VaultLocation.KEY_FILE);
        return files;
    }

    /**
     * The app's tests run in two JVMs at once (app.test.forks): the other JVM's tests write their own exports and prints
     * (plaintext on purpose, where a consultant asked for a file) into their JUnit temp folders. What the vault itself
     * leaves in the temp folder (SQLite's temp files, anything of ours) is not in such a folder, so it is still scanned.
     */
    private static boolean inAnotherTestsFolder(Path temp, Path file) {
        Path relative = temp.relativize(file);
        return relative.getNameCount() > 1 && relative.getName(0).toString().startsWith("junit");
    }

    private static boolean modifiedSince(Path file, FileTime start) {
        try {
            return Files.getLastModifiedTime(file).compareTo(start) >= 0;
        } catch (IOException vanished) {
            return false;
        }
    }

    private static void writePlaintextDatabase(Path file, String encoding, String value) throws SQLException {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            statement.execute("pragma encoding = '" + encoding + "'");
            statement.execute("create table person (name text)");
            try (PreparedStatement insert = plain.prepareStatement("insert into person (name) values (?)")) {
                insert.setString(1, value);
                insert.executeUpdate();
            }
        }
    }

    private static boolean sqliteCliAvailable() {
        try {
            Process process = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }
}
