package nl.keukentafel.gui.ecogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.WindowTestBase;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.gui.common.DossierChanges;
import nl.keukentafel.gui.drawing.StandardDrawingExports;
import nl.keukentafel.logic.genogram.GenogramEdits;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.store.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the ecogram exports like the genogram — Ctrl+Shift+E, the arrows, Enter — through the atomic, audited
 * path (a real vault; the save dialog answers a file in the test folder, as a native dialog cannot be driven).
 */
class EcogramExportTest extends WindowTestBase {
    private Session session;
    private UUID dossier;
    private EcogramView view;
    private EcogramViewModel model;

    @Override
    protected void showFirst() throws Exception {
        session = sessions.create(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), consultantName());
        dossier = session.caseload().createFamily("Familie Wulfsberg").join();
        RecordRef school = session.dossiers().addContact(dossier, true).join();
        session.dossiers().edit(school, Contact.Field.NAME, "Basisschool De Linde");
        session.dossiers().edit(school, Contact.Field.SECTOR, Sector.SCHOOL);
        session.dossiers().flush();
        show(() -> {
            model = new EcogramViewModel(new GenogramEdits(session.genogram()), new StandardEcogramPictures(dutch::get),
                    new StandardDrawingExports(dutch::get, "Ecogram", session.exports(), dossier), DossierChanges.NONE, dossier,
                    new CurrentThreadTaskExecutor());
            view = new EcogramView(model, dutch, (format, owner) -> Optional.of(directory.resolve("ecogram." + format.extension())));
            return view.root();
        }, () -> view.activate());
        interact(() -> view.canvas().requestFocus());
    }

    @AfterEach
    void deactivate() {
        interact(() -> view.deactivate());
    }

    @Test
    void pngAndPdfByKeyboardAreWrittenWholeAndAudited() throws Exception {
        assertThat(lookup("#ecogramExport").tryQuery()).as("an export button like the genogram's").isPresent();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).type(KeyCode.DOWN).type(KeyCode.ENTER);
        Path png = directory.resolve("ecogram.png");
        waitUntil("the PNG is written", () -> Files.exists(png));
        assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(lookup("#ecogramMessage").queryLabeled().getText()).isEqualTo("Opgeslagen als ecogram.png.");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN).type(KeyCode.ENTER);
        Path pdf = directory.resolve("ecogram.pdf");
        waitUntil("the PDF is written", () -> Files.exists(pdf));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(session.vault().audit().forDossier(dossier)).filteredOn(entry -> "export".equals(entry.action()))
                .extracting(AuditLog.Entry::detail).containsExactly("ecogram pdf", "ecogram png");
        try (var left = Files.list(directory)) {
            assertThat(left.map(path -> path.getFileName().toString())).as("no temporary file left behind")
                    .noneMatch(name -> name.startsWith(".keukentafel-export-"));
        }
        assertThat(focused()).as("back on the drawing after exporting").isSameAs(view.canvas());
    }
}
