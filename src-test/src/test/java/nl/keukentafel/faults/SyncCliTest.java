package nl.keukentafel.faults;

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
 * {@code keukentafel sync} as the demo script and a user run it: fresh JVMs through the app's entry point, a real
 * server. Linking pushes the demo families; a later run uses the stored link; a wrong password is one Dutch line
 * and exit code 12.
 */
class SyncCliTest {
    @TempDir
    Path directory;

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void linkThenSyncAgainFromFreshProcesses() throws Exception {
        ServerProcess server = SharedServer.get();
        String user = SharedServer.uniqueUser("cli");
        server.user(user);
        Path passphrase = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphrase, "appel peer banaan kiwi\n");
        Path password = directory.resolve("wachtwoord.txt");
        Files.writeString(password, ServerProcess.PASSWORD + "\n");
        String vault = directory.resolve("kluis").toString();
        assertThat(launch("demo", "--vault", vault, "--passphrase-file", passphrase.toString(), "--fast-kdf", "--families", "2")
            .exitCode()).isZero();

        Run link = launch("sync", "--vault", vault, "--passphrase-file", passphrase.toString(), "--server", server.uri().toString(),
            "--user", user, "--password-file", password.toString());
        assertThat(link.exitCode()).as(link.err()).isZero();
        assertThat(link.out()).contains("Gesynchroniseerd met " + server.uri()).contains("0 conflicten open, 0 geweigerd");
        ServerView view = ServerView.as(user, server.uri(), SharedServer.data());
        assertThat(view.count("select count(*) from caseload c join app_user u on u.id = c.user_id where u.username = '" + user + "'"))
            .as("the demo families joined the user's caseload on the server").isEqualTo(2);

        Run again = launch("sync", "--vault", vault, "--passphrase-file", passphrase.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 wijzigingen verstuurd");

        Files.writeString(password, "niet het wachtwoord\n");
        Run refused = launch("sync", "--vault", vault, "--passphrase-file", passphrase.toString(), "--server", server.uri().toString(),
            "--user", user, "--password-file", password.toString());
        assertThat(refused.exitCode()).isEqualTo(12);
        assertThat(refused.err().strip()).startsWith("De server weigert de aanmelding").doesNotContain("\n").doesNotContain("Exception");
    }

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
