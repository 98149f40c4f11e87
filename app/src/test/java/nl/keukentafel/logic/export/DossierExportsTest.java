package nl.keukentafel.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one export path: whole file or the old one, never half; an audit row for every export, none for a failed one. */
class DossierExportsTest {
    @TempDir
    Path directory;

    @Test
    void anExportIsWrittenWholeAndAudited() throws Exception {
        SessionManager manager = new SessionManager(new VaultLocation(directory.resolve("kluis")), Clock.systemUTC(),
                KdfParams.FAST_FOR_TESTS);
        try {
            Session session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
            UUID dossier = session.caseload().createFamily("Gezin Bakker").join();
            Path file = directory.resolve("genogram.svg");

            session.exports().write(dossier, "genogram svg", file, out -> out.write("<svg/>".getBytes(StandardCharsets.UTF_8)));

            assertThat(Files.readString(file)).isEqualTo("<svg/>");
            assertThat(session.vault().audit().forDossier(dossier)).extracting(AuditLog.Entry::action, AuditLog.Entry::detail)
                    .contains(org.assertj.core.groups.Tuple.tuple("export", "genogram svg"));
        } finally {
            manager.lock();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheEarlierFileAndNoTemporaryFile() throws Exception {
        Path file = directory.resolve("plan.pdf");
        Files.writeString(file, "eerder");

        assertThatThrownBy(() -> DossierExports.writeAtomically(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class);

        assertThat(Files.readString(file)).isEqualTo("eerder");
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }
}
