package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.CaseloadQuery;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code genogram export} against a real demo vault: files that parse, the audit entry, one Dutch line per failure. */
class GenogramExportCommandTest {
    private static final String PASSPHRASE = "appel peer banaan kiwi";

    @TempDir
    Path directory;
    private Path vault;
    private Path passphraseFile;
    private UUID dossier;
    private List<Member> members;
    private List<Contact> contacts;

    @BeforeEach
    void demoVault() throws Exception {
        vault = directory.resolve("kluis");
        passphraseFile = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphraseFile, PASSPHRASE + "\n");
        assertThat(CliRunner.dutch("demo", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(), "--fast-kdf",
                "--families", "2").exitCode()).isZero();
        try (Vault opened = Vault.unlock(new VaultLocation(vault), PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            CaseloadQuery.Row row = opened.caseload().search("", true, 10).getFirst();
            dossier = row.dossierId();
            List<StoredRecord> records = opened.records().dossierRecords(dossier);
            members = records.stream().filter(r -> r.ref().kind() == RecordKind.MEMBER).map(RecordMapper::member).toList();
            contacts = records.stream().filter(r -> r.ref().kind() == RecordKind.CONTACT).map(RecordMapper::contact).toList();
        }
    }

    private CliRunner.Result export(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("genogram", "export", "--vault", vault.toString(), "--passphrase-file",
                passphraseFile.toString()));
        args.addAll(List.of(more));
        return CliRunner.dutch(args.toArray(String[]::new));
    }

    @Test
    void exportsTheGenogramAsSvgAndPdfWithTheMembersAndAuditsIt() throws Exception {
        Path svg = directory.resolve("genogram.svg");
        CliRunner.Result result = export("--dossier", dossier.toString(), "--format", "svg", "--out", svg.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Genogram geschreven naar");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        for (Member member : members) {
            assertThat(text).contains("data-id=\"" + member.id() + "\"");
        }
        Path pdf = directory.resolve("genogram.pdf");
        assertThat(export("--dossier", dossier.toString(), "--format", "PDF", "--out", pdf.toString()).exitCode()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String pdfText = new PDFTextStripper().getText(document);
            assertThat(pdfText).contains("Genogram", members.getFirst().givenName());
        }
        try (Vault opened = Vault.unlock(new VaultLocation(vault), PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            List<AuditLog.Entry> exports = opened.audit().forDossier(dossier).stream().filter(e -> e.action().equals("export")).toList();
            assertThat(exports).hasSize(2);
            assertThat(exports).allSatisfy(entry -> assertThat(entry.result()).isEqualTo("ok"));
        }
    }

    @Test
    void exportsTheEcogramWithEveryContact() throws Exception {
        Path png = directory.resolve("ecogram.png");
        assertThat(export("--dossier", dossier.toString(), "--format", "png", "--out", png.toString(), "--ecogram").exitCode()).isZero();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(200);
        Path svg = directory.resolve("ecogram.svg");
        CliRunner.Result result = export("--dossier", dossier.toString(), "--format", "svg", "--out", svg.toString(), "--ecogram");
        assertThat(result.out()).contains("Ecogram geschreven naar");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(contacts).isNotEmpty();
        for (Contact contact : contacts) {
            assertThat(text).contains("data-id=\"" + contact.id() + "\"");
        }
    }

    @Test
    void failuresAreOneDutchLineWithTheirExitCodeAndWriteNothing() throws Exception {
        Path out = directory.resolve("uit.svg");
        CliRunner.Result unknown = export("--dossier", UUID.randomUUID().toString(), "--format", "svg", "--out", out.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.DOSSIER_NOT_FOUND.code());
        assertThat(unknown.errorLine()).startsWith("Er is geen dossier").doesNotContain("\n");
        CliRunner.Result badId = export("--dossier", "gezin-jansen", "--format", "svg", "--out", out.toString());
        assertThat(badId.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(badId.errorLine()).contains("geen geldig dossier-id");
        CliRunner.Result badFormat = export("--dossier", dossier.toString(), "--format", "docx", "--out", out.toString());
        assertThat(badFormat.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(badFormat.errorLine()).contains("docx").contains("svg, pdf of png");
        Path missingFolder = directory.resolve("bestaat-niet").resolve("uit.pdf");
        CliRunner.Result unwritable = export("--dossier", dossier.toString(), "--format", "pdf", "--out", missingFolder.toString());
        assertThat(unwritable.exitCode()).isEqualTo(ExitCode.IO.code());
        assertThat(unwritable.errorLine()).startsWith("Het bestand").contains("kan niet worden geschreven");
        assertThat(out).doesNotExist();
        try (var files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".keukentafel-export-"));
        }
    }
}
