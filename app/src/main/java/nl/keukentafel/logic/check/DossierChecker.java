package nl.keukentafel.logic.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.logic.Autosaver;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.check.CheckException;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;

/**
 * The dossier check's use case (issue 12), shared by the Toets view, the caseload, the intake's open-items panel and
 * the {@code check} command: reads a dossier's records once (pending edits committed first), builds its
 * {@link DossierFacts}, reads the recorded exceptions and runs the engine. Recording an exception writes a
 * {@code check_exception} record (derived id, synced, audited by the store like every write). Reading for the check
 * is not audited: it shows no personal data beyond what the screen that asks has already opened, and the command
 * line prints no BSN. Thread-safe.
 */
public final class DossierChecker {
    private final Vault vault;
    private final Autosaver autosaver;
    private final Clock clock;
    private final CheckEngine engine;
    private volatile CheckSettings settings = CheckSettings.DEFAULTS;

    public DossierChecker(Vault vault, Autosaver autosaver, Clock clock, CheckEngine engine) {
        this.vault = vault;
        this.autosaver = autosaver;
        this.clock = clock;
        this.engine = engine;
    }

    /** The terms from now on (the Preferences' safety term, see {@link CheckSettings#from}). */
    public void useSettings(CheckSettings chosen) {
        this.settings = Objects.requireNonNull(chosen, "settings");
    }

    public CheckSettings settings() {
        return settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The check of one dossier today; pending edits are committed first. */
    public CheckReport check(UUID dossierId) {
        autosaver.flush();
        return checkStored(dossierId, today());
    }

    /** The check of one dossier as stored, on {@code on} (no flush: the caseload flushes once for all). */
    public CheckReport checkStored(UUID dossierId, LocalDate on) {
        List<StoredRecord> records = vault.records().dossierRecords(dossierId);
        return engine.run(facts(dossierId, records, on), waivers(records));
    }

    /** Every dossier of the caseload (archived ones too when asked for), in the caseload's order. */
    public List<CheckReport> checkCaseload(boolean archived) {
        autosaver.flush();
        LocalDate on = today();
        List<CheckReport> reports = new ArrayList<>();
        for (var row : vault.caseload().search("", archived, Integer.MAX_VALUE)) {
            reports.add(checkStored(row.dossierId(), on));
        }
        return reports;
    }

    /** What the rules read of one dossier today; pending edits are committed first. */
    public DossierFacts facts(UUID dossierId) {
        autosaver.flush();
        return facts(dossierId, vault.records().dossierRecords(dossierId), today());
    }

    private DossierFacts facts(UUID dossierId, List<StoredRecord> records, LocalDate on) {
        Dossier dossier = DossierService.fromRecords(dossierId, records);
        return new DossierFacts(IntakeService.state(dossier, records),
                PlanService.state(dossier, records, vault.closedArrivals().of(dossierId)), on, settings);
    }

    /** The exceptions recorded in this dossier (blank reasons count as none: a finding is never silently gone). */
    public List<Waiver> waivers(UUID dossierId) {
        return waivers(vault.records().dossierRecords(dossierId));
    }

    static List<Waiver> waivers(List<StoredRecord> records) {
        List<CheckException> stored = new ArrayList<>();
        for (StoredRecord record : records) {
            if (record.ref().kind() == nl.keukentafel.model.RecordKind.CHECK_EXCEPTION) {
                RecordMapper.readInto(record, CheckException.class, stored);
            }
        }
        return stored.stream().filter(exception -> exception.findingKey() != null && !Text.isBlank(exception.reason()))
                .map(exception -> new Waiver(exception.findingKey(), exception.reason().strip(),
                        Optional.ofNullable(exception.recordedBy()).orElse(""), Optional.ofNullable(exception.recordedOn()).orElse("")))
                .toList();
    }

    /**
     * Records the finding {@code findingKey} as a deliberate exception with {@code reason}: it then shows as met with
     * that reason. A blank reason is refused ({@link CheckRefusal}, nothing written). Recording it again replaces the
     * reason; after {@link #unwaive} it restores the record.
     */
    public CompletableFuture<Integer> waive(UUID dossierId, String findingKey, String reason) {
        if (Text.isBlank(reason)) {
            return CompletableFuture.failedFuture(new CheckRefusal("check.exception.reasonRequired"));
        }
        Objects.requireNonNull(findingKey, "findingKey");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(CheckException.Field.FINDING_KEY, findingKey);
        fields.put(CheckException.Field.REASON, reason.strip());
        fields.put(CheckException.Field.RECORDED_BY, vault.consultantName());
        fields.put(CheckException.Field.RECORDED_ON, FieldCheck.write(today()));
        return vault.records().writeAll(List.of(new RecordStore.Write(CheckException.ref(dossierId, findingKey), fields)));
    }

    /** Withdraws the exception: the finding is open again. Nothing happens when there is none. */
    public CompletableFuture<Void> unwaive(UUID dossierId, String findingKey) {
        RecordRef ref = CheckException.ref(dossierId, findingKey);
        boolean live = vault.records().find(ref.id()).filter(stored -> !stored.deleted()).isPresent();
        return live ? vault.records().delete(ref) : CompletableFuture.completedFuture(null);
    }
}
