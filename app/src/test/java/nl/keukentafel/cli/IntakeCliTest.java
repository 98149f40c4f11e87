package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code intake export|import} and {@code domains show|import} on a real vault, in Dutch and English. */
class IntakeCliTest {
    private static final String NOTES = "Vader Ivo werkt in ploegendienst; oma Gerda haalt de kinderen op.";
    @TempDir
    Path directory;
    private Path vault;
    private Path passphraseFile;
    private UUID dossier;

    @BeforeEach
    void vaultWithAnIntake() throws Exception {
        vault = directory.resolve("kluis");
        passphraseFile = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphraseFile, TestVaults.PASSPHRASE + "\n");
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        dossier = session.caseload().createFamily("Familie Klaproos").join();
        session.vault().records().create(RecordKind.MEMBER, dossier, Map.of(Member.Field.GIVEN_NAME, "Ivo",
                Member.Field.ROLE, "PARENT")).join();
        session.intake().start(dossier, DomainLists.defaultList(), "1-12-2026").join();
        session.vault().records().patch(new RecordRef(RecordKind.INTAKE, IntakeService.intakeId(dossier), dossier),
                Map.of(Intake.Field.NOTES, NOTES)).join();
        manager.lock();
    }

    private String[] vaultArgs(String... command) {
        String[] args = new String[command.length + 4];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--vault";
        args[command.length + 1] = vault.toString();
        args[command.length + 2] = "--passphrase-file";
        args[command.length + 3] = passphraseFile.toString();
        return args;
    }

    private String notesInVault() throws Exception {
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        try {
            return manager.unlock(TestVaults.passphrase()).intake().read(dossier).intake().orElseThrow().notes();
        } finally {
            manager.lock();
        }
    }

    @Test
    void exportThenARefusedImportThenAGoodOne() throws Exception {
        Path file = directory.resolve("intake.json");
        CliRunner.Result export = CliRunner.dutch(vaultArgs("intake", "export", "--dossier", dossier.toString(), "--out",
                file.toString()));
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("niet versleuteld").doesNotContain("Ivo");
        String exported = Files.readString(file);
        assertThat(exported).contains(NOTES).contains("\"format\" : \"keukentafel-intake\"");

        Path wrong = directory.resolve("fout.json");
        Files.writeString(wrong, exported.replace(NOTES, "overschreven").replace("\"domainCode\" : \"financien\"",
                "\"domainCode\" : \"financien\", \"score\" : 7"));
        CliRunner.Result refused = CliRunner.dutch(vaultArgs("intake", "import", "--dossier", dossier.toString(), "--file",
                wrong.toString()));
        assertThat(refused.exitCode()).isEqualTo(ExitCode.IMPORT_REFUSED.code()).isEqualTo(13);
        assertThat(refused.errorLine()).isEqualTo("Het intakebestand is niet ingelezen: 1 probleem/problemen (zie hierboven)."
                + " Er is niets veranderd.");
        assertThat(refused.out()).contains("- Leefgebied Financiën: score 7 ligt buiten 1–5.");
        assertThat(refused.out() + refused.err()).doesNotContain("Ivo").doesNotContain("overschreven").doesNotContain("ploegendienst");
        assertThat(notesInVault()).isEqualTo(NOTES);

        Path good = directory.resolve("goed.json");
        Files.writeString(good, exported.replace(NOTES, "aangevuld na het tweede gesprek"));
        CliRunner.Result imported = CliRunner.dutch(vaultArgs("intake", "import", "--dossier", dossier.toString(), "--file",
                good.toString()));
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(notesInVault()).isEqualTo("aangevuld na het tweede gesprek");
    }

    @Test
    void unknownDossiersAndUnreadableFilesAreOneLine() {
        CliRunner.Result unknown = CliRunner.dutch(vaultArgs("intake", "export", "--dossier", UUID.randomUUID().toString(), "--out",
                directory.resolve("x.json").toString()));
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.DOSSIER_NOT_FOUND.code());
        assertThat(unknown.errorLine()).startsWith("Er is geen dossier ").contains("in deze kluis. Er is niets veranderd.");
        assertThat(directory.resolve("x.json")).doesNotExist();
        CliRunner.Result badId = CliRunner.run(Localization.ENGLISH, vaultArgs("intake", "export", "--dossier", "familie-7", "--out",
                directory.resolve("x.json").toString()));
        assertThat(badId.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(badId.errorLine()).isEqualTo("The id given with --dossier is not a valid dossier id.");
        CliRunner.Result missing = CliRunner.dutch(vaultArgs("intake", "import", "--dossier", dossier.toString(), "--file",
                directory.resolve("nergens.json").toString()));
        assertThat(missing.exitCode()).isEqualTo(ExitCode.IO.code());
        assertThat(missing.errorLine()).startsWith("Het bestand ").endsWith("kan niet worden gelezen.");
    }

    @Test
    void domainsShowAndImport() throws Exception {
        CliRunner.Result show = CliRunner.dutch(vaultArgs("domains", "show"));
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("(zrm-2017, versie 1)").contains("financien: Financiën (voor de cliënt: Geldzaken)")
                .contains("3  beperkt zelfredzaam");

        Path broken = directory.resolve("gemeente-fout.json");
        Files.writeString(broken, "{\"id\": \"gemeente\", \"version\": 1, \"name\": \"G\", \"levels\": [], \"domains\": []}");
        CliRunner.Result refused = CliRunner.dutch(vaultArgs("domains", "import", "--file", broken.toString()));
        assertThat(refused.exitCode()).isEqualTo(ExitCode.IMPORT_REFUSED.code());
        assertThat(refused.out()).contains("- De lijst moet precies de scores 1 tot en met 5 hebben, elk één keer.")
                .contains("- De lijst heeft geen leefgebieden.");

        Path example = Path.of("../docs/examples/leefgebieden-voorbeeldgemeente.json");
        CliRunner.Result imported = CliRunner.dutch(vaultArgs("domains", "import", "--file", example.toString()));
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("Bestaande intakes houden hun lijst.");
        assertThat(CliRunner.dutch(vaultArgs("domains", "show")).out()).contains("(voorbeeldgemeente, versie 1)");

        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        try {
            Session session = manager.unlock(TestVaults.passphrase());
            assertThat(session.intake().read(dossier).domains()).extracting(DomainEntry::domainCode).contains("financien");
        } finally {
            manager.lock();
        }
    }

    @Test
    void helpIsInTheUsersLanguage() {
        CliRunner.Result help = CliRunner.dutch("intake", "export", "--help");
        assertThat(help.out()).contains("--dossier").contains("Het dossiernummer")
                .contains("De map van de kluis");
    }
}
