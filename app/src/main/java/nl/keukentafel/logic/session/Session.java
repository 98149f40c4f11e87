package nl.keukentafel.logic.session;

import java.time.Clock;
import java.util.function.Consumer;
import nl.keukentafel.logic.Autosaver;
import nl.keukentafel.logic.CaseloadService;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.logic.SaveStatus;
import nl.keukentafel.logic.check.CaseloadCounts;
import nl.keukentafel.logic.check.CheckEngine;
import nl.keukentafel.logic.check.DossierChecker;
import nl.keukentafel.logic.export.DossierExports;
import nl.keukentafel.logic.genogram.GenogramService;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.logic.print.PrintService;
import nl.keukentafel.logic.search.DossierSearch;
import nl.keukentafel.logic.sync.SyncOptions;
import nl.keukentafel.logic.sync.SyncService;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.crypto.KdfParams;

/** An unlocked vault with its services. Closing it locks: pending edits are saved first. Thread-safe. */
public final class Session implements AutoCloseable {
    private final Vault vault;
    private final Autosaver autosaver;
    private final CaseloadService caseload;
    private final DossierService dossiers;
    private final KdfParams kdf;
    private final SyncService sync;
    private final IntakeService intake;
    private final PlanService plan;
    private final DossierExports exports;
    private final GenogramService genogram;
    private final DomainLists domainLists;
    private final DossierSearch dossierSearch;
    private final DossierChecker checker;
    private final PrintService print;

    Session(Vault vault, Clock clock, KdfParams kdf, Consumer<SaveStatus> saveListener, SyncOptions syncOptions) {
        this.vault = vault;
        this.kdf = kdf;
        this.autosaver = new Autosaver(vault.records(), clock, saveListener);
        this.dossiers = new DossierService(vault, autosaver);
        this.sync = new SyncService(vault, clock, syncOptions, autosaver::flush);
        this.intake = new IntakeService(vault, autosaver, dossiers);
        this.plan = new PlanService(vault, autosaver, dossiers, clock);
        this.exports = new DossierExports(vault);
        this.genogram = new GenogramService(vault, autosaver, dossiers);
        this.domainLists = new DomainLists(vault);
        this.dossierSearch = new DossierSearch(vault, dossiers);
        this.checker = new DossierChecker(vault, autosaver, clock, CheckEngine.standard());
        this.caseload = new CaseloadService(vault, new CaseloadCounts(checker), clock);
        this.print = new PrintService(plan, intake, genogram, exports, vault);
    }

    public CaseloadService caseload() {
        return caseload;
    }

    public DossierService dossiers() {
        return dossiers;
    }

    /** The intake (keukentafelgesprek) of a dossier. */
    public IntakeService intake() {
        return intake;
    }

    /** The werkplan, its versions, evaluations, escalation and closure (ADR 0005). */
    public PlanService plan() {
        return plan;
    }

    /** Files that leave the vault: atomic and audited, for the screens and the command line alike. */
    public DossierExports exports() {
        return exports;
    }

    /** The printed documents (werkplan for parents and professionals, reports, genogram pages). */
    public PrintService print() {
        return print;
    }

    /** The life-domain list new intakes start with (default or the municipality's). */
    public DomainLists domainLists() {
        return domainLists;
    }

    /** Text search inside one dossier (intake fields first). */
    public DossierSearch dossierSearch() {
        return dossierSearch;
    }

    /** The dossier check (issue 12): T1–T13 and invalid input, with the consultant's recorded exceptions. */
    public DossierChecker checker() {
        return checker;
    }

    /** The genogram and ecogram of a dossier. */
    public GenogramService genogram() {
        return genogram;
    }

    /** Server settings, login, background sync, conflicts. */
    public SyncService sync() {
        return sync;
    }

    public String consultantName() {
        return vault.consultantName();
    }

    public Vault vault() {
        return vault;
    }

    public void changePassphrase(char[] current, char[] replacement) throws VaultException {
        vault.changePassphrase(current, replacement, kdf);
    }

    /** Locking stops sync first (waiting for a running round), then saves pending edits, then closes the vault. */
    @Override
    public void close() {
        try {
            sync.close();
            autosaver.close();
        } finally {
            vault.close();
        }
    }
}
