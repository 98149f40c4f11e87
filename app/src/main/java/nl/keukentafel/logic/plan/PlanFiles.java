package nl.keukentafel.logic.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;

/**
 * Exports one dossier's werkplan as a plan file and imports such a file into an existing dossier (docs/werkplan.md).
 * An import is checked whole first: with any problem nothing is written and the problems are answered; otherwise all
 * records are written in ONE transaction ({@code RecordStore.writeAll}), so it is audited and synced, and a failure
 * half way leaves nothing. An import sets what the file holds and never clears a field the file leaves empty; it
 * never writes an agreed version already kept, and never closes or reopens a dossier. Thread-safe.
 */
public final class PlanFiles {
    private final Vault vault;
    private final PlanService plan;
    private final IntakeService intake;

    public PlanFiles(Vault vault, PlanService plan, IntakeService intake) {
        this.vault = vault;
        this.plan = plan;
        this.intake = intake;
    }

    /** The plan file of a dossier, empty when its plan has not been started. The read is audited. */
    public Optional<String> export(UUID dossierId) {
        plan.read(dossierId);
        ObjectNode root = RecordMapper.json().createObjectNode();
        root.put(PlanFile.FORMAT_FIELD, PlanFile.FORMAT);
        root.put(PlanFile.VERSION_FIELD, PlanFile.FORMAT_VERSION);
        root.put(PlanFile.DOSSIER_FIELD, dossierId.toString());
        for (StoredRecord stored : vault.records().dossierRecords(dossierId)) {
            RecordKind kind = stored.ref().kind();
            if (kind == RecordKind.PLAN) {
                root.set(PlanFile.PLAN, stored.body().deepCopy());
            } else if (kind == RecordKind.CLOSURE) {
                root.set(PlanFile.CLOSURE, stored.body().deepCopy());
            } else {
                PlanFile.SECTIONS.stream().filter(section -> section.kind() == kind).findFirst()
                        .ifPresent(section -> list(root, section.name()).add(withId(stored)));
            }
        }
        if (!root.has(PlanFile.PLAN)) {
            return Optional.empty();
        }
        vault.audit().record("export", new RecordRef(RecordKind.FAMILY, dossierId, dossierId), "plan export", "ok").join();
        try {
            return Optional.of(RecordMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Checks the file whole; writes it in one transaction only when nothing is wrong. Answers the problems (empty: imported). */
    public List<ImportProblem> importInto(UUID dossierId, String json, LocalDate today) {
        JsonNode root;
        try {
            root = RecordMapper.json().readTree(json);
        } catch (JsonProcessingException broken) {
            int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNr();
            return refused(dossierId, List.of(ImportProblem.of("plan.file.problem.notJson", line)));
        }
        if (root == null) {
            return refused(dossierId, List.of(ImportProblem.of("plan.file.problem.notPlanFile")));
        }
        PlanFileCheck.Result checked = new PlanFileCheck(root, plan.read(dossierId), intake.read(dossierId), today,
                id -> vault.records().find(id)).run();
        if (!checked.problems().isEmpty()) {
            return refused(dossierId, checked.problems());
        }
        int changed = vault.records().writeAll(checked.writes()).join();
        vault.audit().record("import", new RecordRef(RecordKind.FAMILY, dossierId, dossierId), "plan import records=" + changed, "ok")
                .join();
        return List.of();
    }

    private List<ImportProblem> refused(UUID dossierId, List<ImportProblem> problems) {
        vault.audit().record("import", new RecordRef(RecordKind.FAMILY, dossierId, dossierId), "plan import problems=" + problems.size(),
                "refused").join();
        return problems;
    }

    private static ArrayNode list(ObjectNode root, String name) {
        return root.has(name) ? (ArrayNode) root.get(name) : root.putArray(name);
    }

    private static ObjectNode withId(StoredRecord stored) {
        ObjectNode withId = RecordMapper.json().createObjectNode();
        withId.put(PlanFile.ID, stored.ref().id().toString());
        withId.setAll(stored.body().deepCopy());
        return withId;
    }
}
