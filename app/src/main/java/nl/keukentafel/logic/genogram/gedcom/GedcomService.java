package nl.keukentafel.logic.genogram.gedcom;

import com.github.f4b6a3.uuid.UuidCreator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.keukentafel.logic.genogram.GenogramService;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.StoreException;
import nl.keukentafel.store.Vault;

/**
 * GEDCOM 7 export and import of a dossier's genogram (docs/gedcom.md). Both are audited with counts only. An import
 * reads and checks the whole file first and writes nothing when anything is wrong; otherwise it writes everything in
 * one transaction, so a failure (a full disk) leaves the dossier as it was. Thread-safe.
 */
public final class GedcomService {
    private final Vault vault;
    private final GenogramService genogram;
    private final Clock clock;

    public GedcomService(Vault vault, GenogramService genogram, Clock clock) {
        this.vault = vault;
        this.genogram = genogram;
        this.clock = clock;
    }

    /** An export: the GEDCOM text, how many persons it holds, and how many unreadable records it left out. */
    public record Exported(String text, int persons, int unreadable) {
    }

    /** The genogram as GEDCOM text. */
    public Exported export(UUID dossierId) {
        GenogramState state = genogram.read(dossierId);
        String text = new GedcomWriter().write(state, LocalDate.now(clock));
        int persons = ExportPerson.of(state).size();
        vault.audit().record("export", dossierRef(dossierId), "gedcom persons=" + persons
                + (state.unreadable() == 0 ? "" : " unreadable=" + state.unreadable()), "ok").join();
        return new Exported(text, persons, state.unreadable());
    }

    /** Reads {@code text} into the dossier, or with {@code dryRun} only reports what it would do. */
    public ImportReport importText(UUID dossierId, String text, boolean dryRun) {
        GenogramState state = genogram.read(dossierId);
        GedcomParser.Parsed parsed = new GedcomParser().parse(text);
        ImportPlan plan = new GedcomImporter().plan(dossierId, state, parsed, UuidCreator::getTimeOrderedEpoch);
        if (plan.refused() || dryRun) {
            ImportReport report = plan.report(false);
            audit(dossierId, report, plan.refused() ? "refused" : "dry-run");
            return report;
        }
        try {
            vault.records().writeAll(plan.writes()).join();
        } catch (java.util.concurrent.CompletionException failure) {
            throw failure.getCause() instanceof StoreException store ? store : failure;
        }
        ImportReport report = plan.report(true);
        audit(dossierId, report, "ok");
        return report;
    }

    private void audit(UUID dossierId, ImportReport report, String result) {
        String detail = "gedcom persons=" + (report.newPersons() + report.matchedMembers()) + " unions=" + report.unions()
                + " links=" + report.parentLinks() + " warnings=" + report.warnings().size() + " errors=" + report.errors().size();
        vault.audit().record("import", dossierRef(dossierId), detail, result).join();
    }

    private static RecordRef dossierRef(UUID dossierId) {
        return new RecordRef(RecordKind.FAMILY, dossierId, dossierId);
    }
}
