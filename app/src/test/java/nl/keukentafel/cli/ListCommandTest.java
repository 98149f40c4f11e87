package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list} shows the dossier ids other commands need, archived ones on request, as text or JSON. */
class ListCommandTest {
    @TempDir
    Path directory;

    @Test
    void listsTheCaseloadWithIdsThatOtherCommandsAccept() throws Exception {
        Path vault = directory.resolve("kluis");
        Path passphrase = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphrase, "appel peer banaan kiwi\n");
        String[] vaultOptions = {"--vault", vault.toString(), "--passphrase-file", passphrase.toString()};
        assertThat(CliRunner.dutch("demo", vaultOptions[0], vaultOptions[1], vaultOptions[2], vaultOptions[3], "--fast-kdf").exitCode())
                .isZero();

        CliRunner.Result text = CliRunner.dutch("list", vaultOptions[0], vaultOptions[1], vaultOptions[2], vaultOptions[3]);
        CliRunner.Result all = CliRunner.dutch("list", vaultOptions[0], vaultOptions[1], vaultOptions[2], vaultOptions[3],
                "--archived", "--format", "json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("4 gezin(nen).").doesNotContain("[gearchiveerd]");
        JsonNode families = new ObjectMapper().readTree(all.out());
        assertThat(families).hasSize(5);
        assertThat(families.findValuesAsText("archived")).containsOnlyOnce("true");
        String firstId = families.get(0).get("dossierId").asText();
        assertThat(text.out()).contains(UUID.fromString(firstId).toString());
        CliRunner.Result export = CliRunner.dutch("gedcom", "export", vaultOptions[0], vaultOptions[1], vaultOptions[2], vaultOptions[3],
                "--dossier", firstId, "--out", directory.resolve("gezin.ged").toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRunner.Result result = CliRunner.dutch("list", "--vault", directory.toString(), "--passphrase-file",
                directory.resolve("x").toString(), "--format", "xml");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
    }
}
