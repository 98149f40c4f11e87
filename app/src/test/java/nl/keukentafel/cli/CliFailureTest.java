package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.keukentafel.store.VaultLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure is one Dutch line and its own exit code, and changes nothing on disk. */
class CliFailureTest {
    private static final int PAGE = 4096;
    @TempDir
    Path directory;
    private Path vault;
    private Path passphraseFile;

    @BeforeEach
    void demoVault() throws Exception {
        vault = directory.resolve("kluis");
        passphraseFile = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphraseFile, "appel peer banaan kiwi\n");
        CliRunner.Result demo = CliRunner.dutch("demo", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(),
                "--fast-kdf", "--families", "1");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    @Test
    void wrongPassphraseSaysSoAndTouchesNothing() throws Exception {
        Path wrong = directory.resolve("fout.txt");
        Files.writeString(wrong, "appel peer banaan kiwj\n");
        Map<String, byte[]> before = snapshot(vault);
        CliRunner.Result verify = verify(wrong);
        assertThat(verify.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE.code()).isEqualTo(5);
        assertThat(verify.errorLine()).isEqualTo("De wachtwoordzin klopt niet. Er is niets veranderd.");
        assertThat(verify.out()).isEmpty();
        assertSame(before, snapshot(vault));
    }

    @Test
    void demoRefusesAnExistingVaultAndLeavesItByteIdentical() throws Exception {
        Map<String, byte[]> before = snapshot(vault);
        long modified = Files.getLastModifiedTime(vault.resolve(VaultLocation.DATABASE_FILE)).toMillis();
        Path other = directory.resolve("ander.txt");
        Files.writeString(other, "een heel andere wachtwoordzin\n");
        CliRunner.Result again = CliRunner.dutch("demo", "--vault", vault.toString(), "--passphrase-file", other.toString(), "--fast-kdf");
        assertThat(again.exitCode()).isEqualTo(ExitCode.VAULT_EXISTS.code());
        assertThat(again.errorLine()).startsWith("Er staat al een kluis in ").contains(vault.getFileName().toString())
                .doesNotContain("\n");
        assertSame(before, snapshot(vault));
        assertThat(Files.getLastModifiedTime(vault.resolve(VaultLocation.DATABASE_FILE)).toMillis()).isEqualTo(modified);
        assertThat(verify(passphraseFile).exitCode()).isZero();
    }

    @Test
    void demoRefusesAKeyFileAlone() throws Exception {
        Path halfVault = directory.resolve("half");
        Files.createDirectories(halfVault);
        Files.copy(vault.resolve(VaultLocation.KEY_FILE), halfVault.resolve(VaultLocation.KEY_FILE));
        CliRunner.Result demo = CliRunner.dutch("demo", "--vault", halfVault.toString(), "--passphrase-file", passphraseFile.toString(),
                "--fast-kdf");
        assertThat(demo.exitCode()).isEqualTo(ExitCode.VAULT_EXISTS.code());
        assertThat(halfVault.resolve(VaultLocation.DATABASE_FILE)).doesNotExist();
    }

    @Test
    void missingVault() {
        CliRunner.Result verify = CliRunner.dutch("verify", "--vault", directory.resolve("nergens").toString(),
                "--passphrase-file", passphraseFile.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCode.VAULT_NOT_FOUND.code());
        assertThat(verify.errorLine()).startsWith("Er staat geen kluis in ");
        assertThat(directory.resolve("nergens")).doesNotExist();
    }

    @Test
    void unreadableOrEmptyPassphraseFile() throws Exception {
        CliRunner.Result missing = verify(directory.resolve("bestaat-niet.txt"));
        assertThat(missing.exitCode()).isEqualTo(ExitCode.PASSPHRASE_FILE.code());
        assertThat(missing.errorLine()).startsWith("Het bestand met de wachtwoordzin (").endsWith("kan niet worden gelezen.");
        Path empty = directory.resolve("leeg.txt");
        Files.writeString(empty, "\nappel peer banaan kiwi\n");
        CliRunner.Result blank = verify(empty);
        assertThat(blank.exitCode()).isEqualTo(ExitCode.PASSPHRASE_FILE.code());
        assertThat(blank.errorLine()).contains("is leeg");
    }

    @Test
    void windowsLineEndingIsNotPartOfThePassphrase() throws Exception {
        Path crlf = directory.resolve("crlf.txt");
        Files.writeString(crlf, "appel peer banaan kiwi\r\n");
        assertThat(verify(crlf).exitCode()).isZero();
        Path noNewline = directory.resolve("zonder.txt");
        Files.writeString(noNewline, "appel peer banaan kiwi");
        assertThat(verify(noNewline).exitCode()).isZero();
    }

    @Test
    void damagedKeyFile() throws Exception {
        Files.writeString(vault.resolve(VaultLocation.KEY_FILE), "{ dit is geen sleutel");
        CliRunner.Result verify = verify(passphraseFile);
        assertThat(verify.exitCode()).isEqualTo(ExitCode.VAULT_UNREADABLE.code());
        assertThat(verify.errorLine()).contains("sleutelbestand").doesNotContain("Exception");
    }

    @Test
    void databaseThatDoesNotOpenWithItsKeyIsReportedWithoutAStackTrace() throws Exception {
        damagePage(vault.resolve(VaultLocation.DATABASE_FILE), 0);
        CliRunner.Result verify = verify(passphraseFile);
        assertThat(verify.exitCode()).isEqualTo(ExitCode.VAULT_UNREADABLE.code());
        assertThat(verify.errorLine()).startsWith("De database in ").doesNotContain("\n").doesNotContain("Exception");
        assertThat(verify.out()).isEmpty();
    }

    @Test
    void damageDeepInsideIsFoundByTheIntegrityCheck() throws Exception {
        Path database = vault.resolve(VaultLocation.DATABASE_FILE);
        damagePage(database, Files.size(database) / PAGE - 1);
        CliRunner.Result verify = verify(passphraseFile);
        assertThat(verify.exitCode()).isEqualTo(ExitCode.INTEGRITY_FAILED.code());
        assertThat(verify.errorLine()).startsWith("De controle vond beschadigingen").doesNotContain("\n").doesNotContain("\tat ");
        assertThat(verify.out()).doesNotContain("Kluis in orde");
    }

    private static void damagePage(Path database, long page) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.seek(page * PAGE + 200);
            file.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
    }

    @Test
    void weakPassphraseCreatesNothing() throws Exception {
        Path weak = directory.resolve("zwak.txt");
        Files.writeString(weak, "kort\n");
        Path target = directory.resolve("nieuw");
        CliRunner.Result demo = CliRunner.dutch("demo", "--vault", target.toString(), "--passphrase-file", weak.toString(), "--fast-kdf");
        assertThat(demo.exitCode()).isEqualTo(ExitCode.WEAK_PASSPHRASE.code());
        assertThat(demo.errorLine()).startsWith("De wachtwoordzin in het bestand is te zwak");
        assertThat(new VaultLocation(target).hasAnyVaultFile()).isFalse();
    }

    @Test
    void commandLineMistakesGetADutchLine() {
        CliRunner.Result noVault = CliRunner.dutch("verify", "--passphrase-file", passphraseFile.toString());
        assertThat(noVault.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(noVault.errorLine()).isEqualTo("De optie --vault ontbreekt. Zie “keukentafel verify --help”.");
        CliRunner.Result unknown = CliRunner.dutch("opruimen");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.errorLine()).startsWith("Onbekende opdracht of optie: opruimen");
        CliRunner.Result notANumber = CliRunner.dutch("demo", "--vault", directory.resolve("x").toString(), "--passphrase-file",
                passphraseFile.toString(), "--families", "veel");
        assertThat(notANumber.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(notANumber.errorLine()).isEqualTo("De waarde bij --families klopt niet. Zie “keukentafel demo --help”.");
        CliRunner.Result tooMany = CliRunner.dutch("demo", "--vault", directory.resolve("x").toString(), "--passphrase-file",
                passphraseFile.toString(), "--families", "0");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(directory.resolve("x")).doesNotExist();
    }

    @Test
    void helpIsDutchAndListsTheCommands() {
        CliRunner.Result help = CliRunner.dutch("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Gebruik:", "Opdrachten:", "demo", "verify").doesNotContain("!cli.");
        CliRunner.Result demoHelp = CliRunner.dutch("demo", "--help");
        assertThat(demoHelp.out()).contains("--families", "standaard 5", "--passphrase-file").doesNotContain("--fast-kdf");
    }

    private CliRunner.Result verify(Path passphrase) {
        return CliRunner.dutch("verify", "--vault", vault.toString(), "--passphrase-file", passphrase.toString());
    }

    private static Map<String, byte[]> snapshot(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(directory)) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }
}
