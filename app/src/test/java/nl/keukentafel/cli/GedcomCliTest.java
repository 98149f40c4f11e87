package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.genogram.gedcom.RichFamily;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gedcom export} and {@code gedcom import} on a real vault: files, reports, exit codes, audit. */
class GedcomCliTest {
    @TempDir
    Path directory;
    private Path vault;
    private Path passphraseFile;
    private UUID family;
    private UUID empty;

    @BeforeEach
    void vaultWithARichFamilyAndAnEmptyDossier() throws Exception {
        vault = directory.resolve("kluis");
        passphraseFile = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphraseFile, TestVaults.PASSPHRASE + "\n");
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        family = RichFamily.write(session).dossier;
        empty = session.caseload().createFamily("Leeg dossier").join();
        manager.lock();
    }

    /** {@code gedcom <command> --vault .. --passphrase-file .. <options>}. */
    private CliRunner.Result gedcom(String command, String... options) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("gedcom", command, "--vault", vault.toString(),
                "--passphrase-file", passphraseFile.toString()));
        all.addAll(java.util.List.of(options));
        return CliRunner.dutch(all.toArray(String[]::new));
    }

    @Test
    void exportsAFileThatImportsIntoAnotherDossierAfterADryRun() throws Exception {
        Path file = directory.resolve("familie.ged");
        CliRunner.Result export = gedcom("export", "--dossier", family.toString(), "--out", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("GEDCOM geschreven naar " + file + ": 11 personen.");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF0 HEAD\n")
                .doesNotContain(RichFamily.BSN, RichFamily.PHONE, RichFamily.EMAIL, RichFamily.STREET);

        CliRunner.Result dryRun = gedcom("import", "--dossier", empty.toString(), "--file", file.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("Nieuwe familieleden: 11, herkend (al getekend): 0, koppels: 3, ouder-kindlijnen: 15,"
                + " meerlingen: 1, emotionele relaties: 4.").contains("Overgeslagen (5):")
                .containsPattern("  Regel \\d+ \\(_KT_MEMBER\\): dit gezinslid staat niet in dit dossier; ingelezen als familielid\\.")
                .contains("Proefimport: er is niets opgeslagen.");
        assertThat(recordCount(empty)).isEqualTo(1);

        CliRunner.Result imported = gedcom("import", "--dossier", empty.toString(), "--file", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Ingelezen: alles is opgeslagen.");
        assertThat(recordCount(empty)).isGreaterThan(11 + 3 + 15);
        try (Vault opened = TestVaults.unlock(new VaultLocation(vault))) {
            assertThat(opened.audit().forDossier(family)).extracting(AuditLog.Entry::action).contains("export");
            assertThat(opened.audit().forDossier(empty)).extracting(AuditLog.Entry::action, AuditLog.Entry::result)
                    .contains(tuple("import", "dry-run"), tuple("import", "ok"));
        }
    }

    @Test
    void aFileWithErrorsIsRefusedWithItsOwnExitCodeAndNothingWritten() throws Exception {
        Path file = directory.resolve("kapot.ged");
        Files.writeString(file, "0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME Anna /Kuipers/\n0 @F1@ FAM\n1 WIFE @I1@\n"
                + "1 CHIL @I7@\n1 _XYZ onbekend\n0 TRLR\n");
        CliRunner.Result refused = gedcom("import", "--dossier", empty.toString(), "--file", file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.IMPORT_REFUSED.code()).isEqualTo(13);
        assertThat(refused.out()).contains("Fouten (1):", "  Regel 8 (CHIL): verwijst naar I7, maar dat record bestaat niet.",
                "Overgeslagen (1):", "  Regel 9 (_XYZ): onbekende uitbreiding; overgeslagen.").doesNotContain("Anna");
        assertThat(refused.errorLine()).isEqualTo("Het bestand is geweigerd (1 fouten, zie hierboven). Er is niets ingelezen.");
        assertThat(recordCount(empty)).isEqualTo(1);
    }

    @Test
    void anUnknownDossierOrAMissingFileEachHaveTheirOwnExitCode() {
        CliRunner.Result noDossier = gedcom("export", "--dossier", UUID.randomUUID().toString(), "--out",
                directory.resolve("x.ged").toString());
        assertThat(noDossier.exitCode()).isEqualTo(ExitCode.DOSSIER_NOT_FOUND.code());
        assertThat(noDossier.errorLine()).startsWith("Er is geen dossier ");
        CliRunner.Result noFile = gedcom("import", "--dossier", empty.toString(), "--file", directory.resolve("weg.ged").toString());
        assertThat(noFile.exitCode()).isEqualTo(ExitCode.IO.code());
        assertThat(noFile.errorLine()).contains("weg.ged").contains("niet te lezen");
        CliRunner.Result badId = gedcom("import", "--dossier", "geen-uuid", "--file", "x.ged");
        assertThat(badId.exitCode()).isEqualTo(ExitCode.USAGE.code());
    }

    private int recordCount(UUID dossier) throws Exception {
        try (Vault opened = TestVaults.unlock(new VaultLocation(vault))) {
            return opened.records().dossierRecords(dossier).size();
        }
    }
}
