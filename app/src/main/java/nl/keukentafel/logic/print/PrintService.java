package nl.keukentafel.logic.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.export.DossierExports;
import nl.keukentafel.logic.genogram.GenogramService;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.store.Vault;

/**
 * The print use case for the screens and the command line alike: reads the dossier, makes the PDF, and either saves
 * it through {@link DossierExports} (temp file, atomic move, audit row "export" with "print ouders") or records that
 * it went to a printer (audit row "print"). The audit says what and which dossier, never the content. The PDF is
 * made in full before a file is opened, so a refusal or a failure leaves nothing behind. Thread-safe.
 */
public final class PrintService {
    public static final String AUDIT_PRINT = "print";
    private final PlanService plan;
    private final IntakeService intake;
    private final GenogramService genogram;
    private final DossierExports exports;
    private final Vault vault;

    public PrintService(PlanService plan, IntakeService intake, GenogramService genogram, DossierExports exports, Vault vault) {
        this.plan = plan;
        this.intake = intake;
        this.genogram = genogram;
        this.exports = exports;
        this.vault = vault;
    }

    /** What the document is made from; the genogram is only read for its own pages. */
    public PrintSources read(UUID dossierId, PrintDocument document) {
        return new PrintSources(plan.read(dossierId), intake.read(dossierId),
                document == PrintDocument.GENOGRAM ? Optional.of(genogram.read(dossierId)) : Optional.empty());
    }

    /**
     * The evaluation a person means by {@code wanted}: its id, or its date as typed or in any form the date fields
     * accept (the latest of that day when there were two). Empty when none matches.
     */
    public Optional<UUID> evaluation(UUID dossierId, String wanted) {
        String asked = wanted.strip();
        Optional<java.time.LocalDate> date = FieldCheck.parseDate(asked);
        return plan.read(dossierId).evaluations().stream()
                .filter(one -> one.id().toString().equalsIgnoreCase(asked) || one.heldOn().strip().equals(asked)
                        || date.isPresent() && FieldCheck.parseDate(one.heldOn()).equals(date))
                .reduce((earlier, later) -> later).map(Evaluation::id);
    }

    /** The dates of the dossier's evaluations, oldest first (to say what there is to choose from). */
    public List<String> evaluationDates(UUID dossierId) {
        return plan.read(dossierId).evaluations().stream().map(Evaluation::heldOn).toList();
    }

    public byte[] render(UUID dossierId, PrintRequest request, Localization text) throws PrintRefusal, IOException {
        return PrintedDocuments.pdf(read(dossierId, request.document()), request, text);
    }

    /** Saves the PDF at {@code destination}: whole or not at all, audited as an export of the dossier. */
    public void save(UUID dossierId, byte[] pdf, PrintDocument document, Path destination) throws IOException {
        exports.write(dossierId, detail(document), destination, out -> out.write(pdf));
    }

    /** Records that the document was sent to a printer (the system's print dialog said yes). */
    public void printed(UUID dossierId, PrintDocument document) {
        vault.audit().record(AUDIT_PRINT, new RecordRef(RecordKind.FAMILY, dossierId, dossierId), detail(document), "ok").join();
    }

    private static String detail(PrintDocument document) {
        return "print " + document.cliName();
    }
}
