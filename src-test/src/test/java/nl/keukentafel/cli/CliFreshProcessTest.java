package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line companion as a user starts it: a fresh JVM through the app's one entry point, the exit code
 * as the process's own, the output on the real streams, no display needed.
 */
class CliFreshProcessTest {
    @TempDir
    Path directory;

    /** What one process printed and returned. */
    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void demoThenVerifyFromFreshProcesses() throws Exception {
        Path passphrase = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphrase, "appel peer banaan kiwi\n");
        String vault = directory.resolve("kluis").toString();

        Run demo = launch("demo", "--vault", vault, "--passphrase-file", passphrase.toString(), "--fast-kdf", "--families", "3");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Demokluis gemaakt met 3 fictieve gezinnen");
        assertThat(demo.err()).doesNotContain("Exception").doesNotContain("INFO");

        Run verify = launch("verify", "--vault", vault, "--passphrase-file", passphrase.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("Kluis in orde").containsPattern("Gezinnen: +3 ");

        Run again = launch("demo", "--vault", vault, "--passphrase-file", passphrase.toString(), "--fast-kdf");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err().strip()).startsWith("Er staat al een kluis in ").doesNotContain("\n");
    }

    @Test
    void wrongPassphraseExitCodeReachesTheShell() throws Exception {
        Path passphrase = directory.resolve("p.txt");
        Files.writeString(passphrase, "appel peer banaan kiwi\n");
        String vault = directory.resolve("kluis").toString();
        assertThat(launch("demo", "--vault", vault, "--passphrase-file", passphrase.toString(), "--fast-kdf", "--families", "1")
                .exitCode()).isZero();
        Files.writeString(passphrase, "peer appel kiwi banaan\n");
        Run verify = launch("verify", "--vault", vault, "--passphrase-file", passphrase.toString());
        assertThat(verify.exitCode()).isEqualTo(5);
        assertThat(verify.err().strip()).isEqualTo("De wachtwoordzin klopt niet. Er is niets veranderd.");
    }

    /** Dutch locale explicitly: the OS language of the build machine should not decide what the test expects. */
    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-Duser.language=nl", "-Duser.country=NL", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "nl.keukentafel.Launcher"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("CLI finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
