package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.CaseloadQuery;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code print} against a real demo vault: the PDF is written and audited (what and which dossier, never content);
 * a dossier without a werkplan, an unknown document and an unwritable target are one Dutch line and leave no file.
 */
class PrintCommandTest {
    private static final String PASSPHRASE = "appel peer banaan kiwi";

    @TempDir
    static Path directory;
    private static Path vault;
    private static Path passphraseFile;
    private static UUID withPlan;
    private static UUID withoutPlan;

    /** One demo vault for the class: making it is most of the time these tests take. */
    @BeforeAll
    static void demoVault() throws Exception {
        vault = directory.resolve("kluis");
        passphraseFile = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphraseFile, PASSPHRASE + "\n");
        assertThat(CliRunner.dutch("demo", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(), "--fast-kdf",
                "--families", "2").exitCode()).isZero();
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        try {
            Session session = manager.unlock(PASSPHRASE.toCharArray());
            for (CaseloadQuery.Row row : session.vault().caseload().search("", true, 10)) {
                if (session.plan().read(row.dossierId()).started()) {
                    withPlan = row.dossierId();
                } else {
                    withoutPlan = row.dossierId();
                }
            }
        } finally {
            manager.lock();
        }
        assertThat(withPlan).isNotNull();
        assertThat(withoutPlan).isNotNull();
    }

    private CliRunner.Result print(UUID dossier, String document, Path out) {
        return CliRunner.dutch("print", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(), "--dossier",
                dossier.toString(), "--document", document, "--out", out.toString());
    }

    private static List<AuditLog.Entry> audit(UUID dossier) throws Exception {
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        try {
            return manager.unlock(PASSPHRASE.toCharArray()).vault().audit().forDossier(dossier);
        } finally {
            manager.lock();
        }
    }

    @Test
    void writesTheParentPlanAsATaggedDutchPdfAndAuditsWhatNotTheContent() throws Exception {
        Path pdf = directory.resolve("werkplan-ouders.pdf");
        Files.deleteIfExists(pdf);

        CliRunner.Result result = print(withPlan, "ouders", pdf);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Document geschreven naar");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(new PDFTextStripper().getText(document)).contains("Ons plan:", "Wie doet wat, en wanneer");
        }
        List<AuditLog.Entry> exports = audit(withPlan).stream().filter(entry -> entry.detail().equals("print ouders")).toList();
        assertThat(exports).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("export");
            assertThat(entry.result()).isEqualTo("ok");
        });
    }

    @Test
    void refusalsAreOneDutchLineAndWriteNothing() throws Exception {
        Path out = directory.resolve("plan.pdf");
        CliRunner.Result noPlan = print(withoutPlan, "ouders", out);
        assertThat(noPlan.exitCode()).isEqualTo(ExitCode.DOSSIER_NOT_FOUND.code());
        assertThat(noPlan.errorLine()).isEqualTo("Dit dossier heeft nog geen werkplan. Begin eerst het werkplan.");

        CliRunner.Result unknown = print(withPlan, "brief", out);
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.errorLine()).contains("brief", "ouders, kind, professional");

        Path missingFolder = directory.resolve("bestaat-niet").resolve("plan.pdf");
        CliRunner.Result unwritable = print(withPlan, "kind", missingFolder);
        assertThat(unwritable.exitCode()).isEqualTo(ExitCode.IO.code());
        assertThat(unwritable.errorLine()).startsWith("Het bestand").contains("kan niet worden geschreven", "er is niets geschreven");

        assertThat(out).doesNotExist();
        try (var files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".keukentafel-export-"));
        }
        assertThat(audit(withPlan)).noneMatch(entry -> entry.action().equals("export") && entry.detail().equals("print kind"));
        assertThat(audit(withoutPlan)).noneMatch(entry -> entry.action().equals("export"));
    }

    @Test
    void anEarlierEvaluationCanBeChosenByDateAndAnUnknownOneNamesWhatThereIs() throws Exception {
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        try {
            Session session = manager.unlock(PASSPHRASE.toCharArray());
            session.plan().startEvaluation(withPlan, "03-02-2026").join();
            session.plan().startEvaluation(withPlan, "17-03-2026").join();
        } finally {
            manager.lock();
        }
        Path out = directory.resolve("evaluatie.pdf");
        Files.deleteIfExists(out);

        CliRunner.Result chosen = CliRunner.dutch("print", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(),
                "--dossier", withPlan.toString(), "--document", "evaluatie", "--evaluation", "2026-02-03", "--out", out.toString());
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(out))) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Evaluatieverslag ").endsWith(", 03-02-2026");
        }

        Path none = directory.resolve("geen-evaluatie.pdf");
        CliRunner.Result unknown = CliRunner.dutch("print", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(),
                "--dossier", withPlan.toString(), "--document", "evaluatie", "--evaluation", "04-02-2026", "--out", none.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.DOSSIER_NOT_FOUND.code());
        assertThat(unknown.errorLine()).startsWith("Dit dossier heeft geen evaluatie 04-02-2026.").contains("03-02-2026", "17-03-2026");
        assertThat(none).doesNotExist();

        CliRunner.Result noEvaluations = CliRunner.dutch("print", "--vault", vault.toString(), "--passphrase-file",
                passphraseFile.toString(), "--dossier", withoutPlan.toString(), "--document", "evaluatie", "--evaluation", "03-02-2026",
                "--out", none.toString());
        assertThat(noEvaluations.exitCode()).isEqualTo(ExitCode.DOSSIER_NOT_FOUND.code());
        assertThat(noEvaluations.errorLine()).isEqualTo("Dit dossier heeft nog geen evaluatie.");
        assertThat(none).doesNotExist();
    }
}
