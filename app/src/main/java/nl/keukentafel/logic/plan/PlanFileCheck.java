package nl.keukentafel.logic.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.StoredRecord;

/**
 * Checks a whole plan file against the dossier it is imported into before anything is written, and turns it into one
 * batch of writes. Every problem is collected, each naming its place in the file: wrong shapes and dates, unknown
 * members, contacts, goals or life domains (the intake's own list), ids of another dossier, an action due before the
 * plan started, an evaluation more than a day ahead, a frozen version that differs from the one kept, a closed dossier.
 * An agreed version already kept is never written again. Not thread-safe (one check per instance).
 */
final class PlanFileCheck {
    /** What the check found: the problems, or (when there are none) the writes. */
    record Result(List<ImportProblem> problems, List<RecordStore.Write> writes) {
    }

    private final JsonNode root;
    private final PlanState state;
    private final Function<UUID, Optional<StoredRecord>> find;
    private final LocalDate today;
    private final UUID dossierId;
    private final Set<UUID> members = new HashSet<>();
    private final Set<UUID> contacts = new HashSet<>();
    private final Set<UUID> goals = new HashSet<>();
    private final Set<String> domains;
    private final Set<UUID> seen = new HashSet<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<RecordStore.Write> writes = new ArrayList<>();
    private Optional<LocalDate> started;

    PlanFileCheck(JsonNode root, PlanState state, IntakeState intake, LocalDate today, Function<UUID, Optional<StoredRecord>> find) {
        this.root = root;
        this.state = state;
        this.find = find;
        this.today = today;
        this.dossierId = state.dossier().family().id();
        state.dossier().members().forEach(member -> members.add(member.id()));
        state.dossier().contacts().forEach(contact -> contacts.add(contact.id()));
        state.goals().forEach(goal -> goals.add(goal.id()));
        this.domains = PlanChecks.codes(intake);
        this.started = state.plan().flatMap(plan -> PlanDates.parse(plan.startedOn()));
    }

    Result run() {
        if (!root.isObject() || !PlanFile.FORMAT.equals(root.path(PlanFile.FORMAT_FIELD).asText())
                || root.path(PlanFile.VERSION_FIELD).asInt() != PlanFile.FORMAT_VERSION) {
            return new Result(List.of(ImportProblem.of("plan.file.problem.notPlanFile")), List.of());
        }
        if (state.closed()) {
            return new Result(List.of(ImportProblem.of("plan.file.problem.closed")), List.of());
        }
        root.path(PlanFile.GOALS).forEach(goal -> {
            if (PlanShape.isUuid(goal.get(PlanFile.ID))) {
                goals.add(UUID.fromString(goal.get(PlanFile.ID).asText()));
            }
        });
        plan(root.get(PlanFile.PLAN));
        for (PlanFile.Section section : PlanFile.SECTIONS) {
            JsonNode list = root.get(section.name());
            if (list == null || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                problems.add(ImportProblem.of("plan.file.problem.section", section.name()));
                continue;
            }
            for (int index = 0; index < list.size(); index++) {
                item(section, list.get(index), place(section.name(), index + 1));
            }
        }
        closure(root.get(PlanFile.CLOSURE));
        return problems.isEmpty() ? new Result(List.of(), writes) : new Result(problems, List.of());
    }

    private void plan(JsonNode node) {
        if (node == null || node.isNull()) {
            return;
        }
        ImportProblem.Label place = ImportProblem.Label.of("plan.file.place.plan");
        Map<String, Object> fields = fields(node, Plan.class, place);
        if (node.path(Plan.Field.STARTED_ON).isTextual() && PlanDates.parse(node.path(Plan.Field.STARTED_ON).asText()).isPresent()) {
            started = PlanDates.parse(node.path(Plan.Field.STARTED_ON).asText());
        }
        contact(node.get(Plan.Field.REFERRER_CONTACT_ID), place);
        node.path(Plan.Field.MEMBER_PERSPECTIVES).fieldNames().forEachRemaining(key -> {
            if (!members.contains(uuid(key))) {
                problems.add(ImportProblem.of("plan.file.problem.unknownMember", place));
            }
        });
        writes.add(new RecordStore.Write(PlanIds.plan(dossierId), fields));
    }

    private void closure(JsonNode node) {
        if (node == null || node.isNull()) {
            return;
        }
        ImportProblem.Label place = ImportProblem.Label.of("plan.file.place.closure");
        Map<String, Object> fields = fields(node, Closure.class, place);
        PlanFile.CLOSURE_NOT_IMPORTED.forEach(fields::remove);
        node.path(Closure.Field.NOTICES).forEach(notice -> contact(notice.get("contactId"), place));
        if (!fields.isEmpty()) {
            writes.add(new RecordStore.Write(PlanIds.closure(dossierId), fields));
        }
    }

    private void item(PlanFile.Section section, JsonNode node, ImportProblem.Label place) {
        if (!node.isObject() || !PlanShape.isUuid(node.get(PlanFile.ID))) {
            problems.add(ImportProblem.of(node.isObject() ? "plan.file.problem.id" : "plan.file.problem.shape", place));
            return;
        }
        UUID id = UUID.fromString(node.get(PlanFile.ID).asText());
        if (!seen.add(id)) {
            problems.add(ImportProblem.of("plan.file.problem.duplicate", place));
            return;
        }
        Optional<StoredRecord> existing = find.apply(id);
        if (existing.isPresent()
                && (!existing.get().ref().dossierId().equals(dossierId) || existing.get().ref().kind() != section.kind())) {
            problems.add(ImportProblem.of("plan.file.problem.otherDossier", place));
            return;
        }
        Map<String, Object> fields = fields(node, section.model(), place);
        PlanFileReferences.check(section.kind(), node, place, this);
        if (section.kind() == RecordKind.PLAN_VERSION) {
            if (existing.isPresent()) {
                if (!sameVersion(existing.get(), fields)) {
                    problems.add(ImportProblem.of("plan.file.problem.frozenDiffers", place));
                }
                return;
            }
            fields.put(PlanVersion.Field.FROZEN, true);
        }
        writes.add(new RecordStore.Write(new RecordRef(section.kind(), id, dossierId), fields));
    }

    /** A kept version is only "the same" when every field the file gives equals the stored one. */
    private static boolean sameVersion(StoredRecord stored, Map<String, Object> fields) {
        return fields.entrySet().stream().allMatch(entry -> entry.getValue().equals(stored.body().get(entry.getKey())));
    }

    /** The known, non-null fields of {@code node} that fit {@code model}; a problem for each that does not. */
    private Map<String, Object> fields(JsonNode node, Class<? extends Record> model, ImportProblem.Label place) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!node.isObject()) {
            problems.add(ImportProblem.of("plan.file.problem.shape", place));
            return fields;
        }
        for (RecordComponent component : model.getRecordComponents()) {
            String name = component.getName();
            JsonNode value = node.get(name);
            if (PlanShape.NOT_WRITTEN.contains(name) || value == null || value.isNull()) {
                continue;
            }
            if (!PlanShape.fits(value, component.getGenericType())) {
                problems.add(ImportProblem.of("plan.file.problem.value", place, name));
            } else if (PlanDates.FIELDS.contains(name) && PlanDates.unreadable(value.asText())) {
                problems.add(ImportProblem.of("plan.file.problem.date", place, name));
            } else {
                fields.put(name, value);
            }
        }
        return fields;
    }

    static ImportProblem.Label place(String section, int position) {
        return ImportProblem.Label.of("plan.file.place.item", ImportProblem.Label.of("plan.file.section." + section), position);
    }

    void member(JsonNode id, ImportProblem.Label place) {
        if (PlanShape.isUuid(id) && !members.contains(UUID.fromString(id.asText()))) {
            problems.add(ImportProblem.of("plan.file.problem.unknownMember", place));
        }
    }

    void contact(JsonNode id, ImportProblem.Label place) {
        if (PlanShape.isUuid(id) && !contacts.contains(UUID.fromString(id.asText()))) {
            problems.add(ImportProblem.of("plan.file.problem.unknownContact", place));
        }
    }

    void person(JsonNode id, ImportProblem.Label place) {
        if (PlanShape.isUuid(id) && !members.contains(UUID.fromString(id.asText())) && !contacts.contains(UUID.fromString(id.asText()))) {
            problems.add(ImportProblem.of("plan.file.problem.unknownPerson", place));
        }
    }

    void goal(JsonNode id, ImportProblem.Label place) {
        if (!PlanShape.isUuid(id) || !goals.contains(UUID.fromString(id.asText()))) {
            problems.add(ImportProblem.of("plan.file.problem.unknownGoal", place));
        }
    }

    void domain(JsonNode code, ImportProblem.Label place) {
        if (code.isTextual() && !domains.contains(code.asText())) {
            problems.add(ImportProblem.of("plan.file.problem.unknownDomain", place, code.asText()));
        }
    }

    void due(JsonNode date, ImportProblem.Label place) {
        Optional<LocalDate> due = date == null ? Optional.empty() : PlanDates.parse(date.asText());
        if (due.isPresent() && started.isPresent() && due.get().isBefore(started.get())) {
            problems.add(ImportProblem.of("plan.file.problem.dueBeforePlan", place));
        }
    }

    void held(JsonNode date, ImportProblem.Label place) {
        Optional<LocalDate> held = date == null ? Optional.empty() : PlanDates.parse(date.asText());
        if (held.isPresent() && PlanDates.ahead(held.get(), today)) {
            problems.add(ImportProblem.of("plan.file.problem.evaluationAhead", place));
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
