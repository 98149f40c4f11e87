package nl.keukentafel.logic.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.SafetyAssessment;

/**
 * Checks a whole intake file against the dossier it is imported into, before anything is written, and turns it into
 * the writes to make. Every problem is collected (not only the first), each naming its place in the file. An intake
 * already started keeps its own domain list: the file's entries must use that list's codes. Not thread-safe (one
 * check per instance).
 */
final class IntakeFileCheck {
    /** One record to create when absent and then set. */
    record Write(RecordRef ref, Map<String, Object> createFields, Map<String, Object> patchFields) {
    }

    /** What the check found: the problems, or (when there are none) the writes. */
    record Result(List<ImportProblem> problems, List<Write> writes) {
    }

    private final JsonNode root;
    private final Dossier dossier;
    private final Optional<Intake> existing;
    private final Predicate<UUID> takenElsewhere;
    private final UUID dossierId;
    private final UUID intakeId;
    private final Set<UUID> members = new HashSet<>();
    private final Set<UUID> contacts = new HashSet<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Write> writes = new ArrayList<>();
    private DomainList list;

    IntakeFileCheck(JsonNode root, Dossier dossier, Optional<Intake> existing, Predicate<UUID> takenElsewhere) {
        this.root = root;
        this.dossier = dossier;
        this.existing = existing;
        this.takenElsewhere = takenElsewhere;
        this.dossierId = dossier.family().id();
        this.intakeId = IntakeService.intakeId(dossierId);
        dossier.members().forEach(member -> members.add(member.id()));
        dossier.contacts().forEach(contact -> contacts.add(contact.id()));
    }

    Result run() {
        if (!root.isObject() || !IntakeFile.FORMAT.equals(root.path(IntakeFile.FORMAT_FIELD).asText())
                || root.path(IntakeFile.VERSION_FIELD).asInt() != IntakeFile.FORMAT_VERSION) {
            return new Result(List.of(ImportProblem.of("intake.file.problem.notIntakeFile")), List.of());
        }
        intake(root.path(IntakeFile.INTAKE));
        if (list != null) {
            members(root.path(IntakeFile.MEMBERS));
            for (IntakeFile.Section section : IntakeFile.LIST_SECTIONS) {
                section(section, root.path(section.name()));
            }
        }
        return problems.isEmpty() ? new Result(List.of(), writes) : new Result(problems, List.of());
    }

    private void intake(JsonNode node) {
        ImportProblem.Label place = ImportProblem.Label.of("intake.file.place.intake");
        if (!node.isObject()) {
            problems.add(ImportProblem.of("intake.file.problem.shape", place));
            return;
        }
        RecordShape.Checked checked = RecordShape.check(node, IntakeFile.INTAKE_MODEL, place);
        problems.addAll(checked.problems());
        Map<String, Object> fields = new LinkedHashMap<>(checked.fields());
        fields.remove(Intake.Field.DOMAIN_LIST);
        Map<String, Object> create = new LinkedHashMap<>(fields);
        if (existing.isPresent()) {
            list = existing.get().domainList();
        } else {
            DomainListParser.Parsed parsed = DomainListParser.check(node.get(Intake.Field.DOMAIN_LIST));
            problems.addAll(parsed.problems());
            list = parsed.list();
            create.put(Intake.Field.DOMAIN_LIST, node.get(Intake.Field.DOMAIN_LIST));
        }
        writes.add(new Write(new RecordRef(RecordKind.INTAKE, intakeId, dossierId), create, fields));
    }

    private void members(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            problems.add(ImportProblem.of("intake.file.problem.section", IntakeFile.MEMBERS));
            return;
        }
        node.properties().forEach(entry -> {
            ImportProblem.Label place = ImportProblem.Label.of("intake.file.place.member", entry.getKey());
            UUID member = uuid(entry.getKey());
            if (member == null || !members.contains(member)) {
                problems.add(ImportProblem.of("intake.file.problem.unknownMember", place));
                return;
            }
            RecordShape.Checked checked = RecordShape.check(entry.getValue(), IntakeFile.MEMBER_MODEL, place);
            problems.addAll(checked.problems());
            Map<String, Object> fields = new LinkedHashMap<>(checked.fields());
            fields.put(IntakeMember.Field.INTAKE_ID, intakeId);
            fields.put(IntakeMember.Field.MEMBER_ID, member);
            writes.add(new Write(IntakeService.memberLineRef(dossierId, member), fields, fields));
        });
    }

    private void section(IntakeFile.Section section, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isArray()) {
            problems.add(ImportProblem.of("intake.file.problem.section", section.name()));
            return;
        }
        Set<UUID> seen = new HashSet<>();
        int position = 0;
        for (JsonNode record : node) {
            position++;
            ImportProblem.Label place = place(section, record, position);
            RecordShape.Checked checked = RecordShape.check(record, section.model(), place);
            problems.addAll(checked.problems());
            if (!record.isObject()) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>(checked.fields());
            RecordRef ref = switch (section.kind()) {
                case CONVERSATION -> conversation(record, place, fields);
                case DOMAIN_ENTRY -> domain(record, place, fields);
                default -> ownId(section, record, place, fields);
            };
            if (ref != null && !seen.add(ref.id())) {
                problems.add(ImportProblem.of("intake.file.problem.duplicate", place));
            } else if (ref != null) {
                writes.add(new Write(ref, fields, fields));
            }
        }
    }

    private ImportProblem.Label place(IntakeFile.Section section, JsonNode record, int position) {
        return switch (section.kind()) {
            case CONVERSATION -> ImportProblem.Label.of("intake.file.place.conversation", position);
            case DOMAIN_ENTRY -> ImportProblem.Label.of("intake.file.place.domain", domainLabel(record.path(DomainEntry.Field.DOMAIN_CODE)
                    .asText()));
            case SAFETY_ASSESSMENT -> ImportProblem.Label.of("intake.file.place.assessment", position);
            case MELDCODE -> ImportProblem.Label.of("intake.file.place.meldcode", position);
            default -> ImportProblem.Label.of("intake.file.place.consent", position);
        };
    }

    private String domainLabel(String code) {
        return list.domains().stream().filter(domain -> domain.code().equals(code)).findFirst()
                .map(DomainList.DomainDefinition::label).orElse(code);
    }

    private RecordRef conversation(JsonNode record, ImportProblem.Label place, Map<String, Object> fields) {
        int number = record.path(Conversation.Field.NUMBER).asInt(0);
        if (number < 1 || number > Conversation.MAX_PER_INTAKE || !record.path(Conversation.Field.NUMBER).isIntegralNumber()) {
            problems.add(ImportProblem.of("intake.file.problem.conversationNumber", place));
            return null;
        }
        known(record.path(Conversation.Field.PRESENT_MEMBERS), members, "intake.file.problem.unknownMember", place);
        known(record.path(Conversation.Field.PRESENT_CONTACTS), contacts, "intake.file.problem.unknownContact", place);
        fields.put(Conversation.Field.INTAKE_ID, intakeId);
        return new RecordRef(RecordKind.CONVERSATION, RecordIds.derived(intakeId, "conversation", Integer.toString(number)), dossierId);
    }

    private RecordRef domain(JsonNode record, ImportProblem.Label place, Map<String, Object> fields) {
        String code = record.path(DomainEntry.Field.DOMAIN_CODE).asText("");
        if (list.domains().stream().noneMatch(domain -> domain.code().equals(code))) {
            problems.add(ImportProblem.of("intake.file.problem.unknownDomain", place));
            return null;
        }
        JsonNode score = record.path(DomainEntry.Field.SCORE);
        if (score.isIntegralNumber() && (score.asInt() < InputChecks.LOWEST_SCORE || score.asInt() > InputChecks.HIGHEST_SCORE)) {
            problems.add(ImportProblem.of("intake.file.problem.score", place, score.asText()));
        }
        List<UUID> about = known(record.path(DomainEntry.Field.MEMBER_IDS), members, "intake.file.problem.unknownMember", place);
        fields.put(DomainEntry.Field.INTAKE_ID, intakeId);
        return about.isEmpty() ? IntakeService.domainRef(dossierId, code) : IntakeService.domainRef(dossierId, code, about.get(0));
    }

    private RecordRef ownId(IntakeFile.Section section, JsonNode record, ImportProblem.Label place, Map<String, Object> fields) {
        UUID id = RecordShape.isUuid(record.path(IntakeFile.ID)) ? UUID.fromString(record.path(IntakeFile.ID).asText()) : null;
        if (id == null) {
            problems.add(ImportProblem.of("intake.file.problem.id", place));
            return null;
        }
        if (takenElsewhere.test(id)) {
            problems.add(ImportProblem.of("intake.file.problem.otherDossier", place));
            return null;
        }
        switch (section.kind()) {
            case SAFETY_ASSESSMENT -> assessment(record, place);
            case MELDCODE -> known(record.path("memberIds"), members, "intake.file.problem.unknownMember", place);
            default -> consent(record, place);
        }
        return new RecordRef(section.kind(), id, dossierId);
    }

    private void assessment(JsonNode record, ImportProblem.Label place) {
        UUID child = uuid(record.path(SafetyAssessment.Field.CHILD_ID).asText(""));
        Optional<Member> member = dossier.members().stream().filter(candidate -> candidate.id().equals(child)).findFirst();
        if (member.isEmpty()) {
            problems.add(ImportProblem.of("intake.file.problem.unknownMember", place));
            return;
        }
        if (AssessmentRules.beforeBirth(record.path(SafetyAssessment.Field.ASSESSED_ON).asText(""), member.get().birthDate())) {
            problems.add(ImportProblem.of("intake.file.problem.beforeBirth", place));
        }
    }

    private void consent(JsonNode record, ImportProblem.Label place) {
        known(record.path("givenBy"), members, "intake.file.problem.unknownMember", place);
        JsonNode partner = record.path("partnerContactId");
        if (RecordShape.isUuid(partner) && !contacts.contains(UUID.fromString(partner.asText()))) {
            problems.add(ImportProblem.of("intake.file.problem.unknownContact", place));
        }
        if (ConsentRules.periodReversed(record.path(Consent.Field.VALID_FROM).asText(""),
                record.path(Consent.Field.VALID_UNTIL).asText(""))) {
            problems.add(ImportProblem.of("intake.file.problem.consentPeriod", place));
        }
    }

    /** The ids of {@code array} that belong to the dossier; one problem when any does not. */
    private List<UUID> known(JsonNode array, Set<UUID> dossierIds, String key, ImportProblem.Label place) {
        List<UUID> ids = new ArrayList<>();
        boolean unknown = false;
        for (JsonNode element : array) {
            UUID id = uuid(element.asText(""));
            if (id != null && dossierIds.contains(id)) {
                ids.add(id);
            } else {
                unknown = true;
            }
        }
        if (unknown) {
            problems.add(ImportProblem.of(key, place));
        }
        return ids;
    }

    private static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
