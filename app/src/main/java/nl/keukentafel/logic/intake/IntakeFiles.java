package nl.keukentafel.logic.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;

/**
 * Exports one dossier's intake as an intake file and imports such a file into an existing dossier (docs/intake.md).
 * An import is checked whole first: with any problem nothing is written and the problems are answered; otherwise
 * every record is written through the record store (created when absent, then set), so it is audited and synced.
 * An import sets what the file holds and never clears a field the file leaves empty. Thread-safe.
 */
public final class IntakeFiles {
    private final Vault vault;
    private final IntakeService intake;

    public IntakeFiles(Vault vault, IntakeService intake) {
        this.vault = vault;
        this.intake = intake;
    }

    /** The intake file of a dossier, empty when its intake has not been started. The read is audited. */
    public Optional<String> export(UUID dossierId) {
        intake.read(dossierId);
        ObjectNode root = RecordMapper.json().createObjectNode();
        root.put(IntakeFile.FORMAT_FIELD, IntakeFile.FORMAT);
        root.put(IntakeFile.VERSION_FIELD, IntakeFile.FORMAT_VERSION);
        root.put(IntakeFile.DOSSIER_FIELD, dossierId.toString());
        ObjectNode members = RecordMapper.json().createObjectNode();
        List<StoredRecord> conversations = new ArrayList<>();
        for (StoredRecord stored : vault.records().dossierRecords(dossierId)) {
            ObjectNode body = stored.body().deepCopy();
            body.remove(IntakeMember.Field.INTAKE_ID);
            switch (stored.ref().kind()) {
                case INTAKE -> root.set(IntakeFile.INTAKE, body);
                case INTAKE_MEMBER -> members.set(body.path(IntakeMember.Field.MEMBER_ID).asText(), without(body,
                        IntakeMember.Field.MEMBER_ID));
                case CONVERSATION -> conversations.add(stored);
                case DOMAIN_ENTRY -> list(root, IntakeFile.DOMAINS).add(body);
                case SAFETY_ASSESSMENT -> list(root, IntakeFile.ASSESSMENTS).add(withId(stored, body));
                case MELDCODE -> list(root, IntakeFile.MELDCODES).add(withId(stored, body));
                case CONSENT -> list(root, IntakeFile.CONSENTS).add(withId(stored, body));
                default -> { }
            }
        }
        if (!root.has(IntakeFile.INTAKE)) {
            return Optional.empty();
        }
        root.set(IntakeFile.MEMBERS, members);
        conversations.sort(Comparator.comparingInt(stored -> stored.body().path(Conversation.Field.NUMBER).asInt()));
        conversations.forEach(stored -> list(root, IntakeFile.CONVERSATIONS).add(without(stored.body().deepCopy(),
                Conversation.Field.INTAKE_ID)));
        vault.audit().record("open", new RecordRef(RecordKind.FAMILY, dossierId, dossierId), "intake export", "ok").join();
        try {
            return Optional.of(RecordMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Checks the file whole; writes it only when nothing is wrong. Answers the problems (empty: imported). */
    public List<ImportProblem> importInto(UUID dossierId, String json) {
        JsonNode root;
        try {
            root = RecordMapper.json().readTree(json);
        } catch (JsonProcessingException broken) {
            int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNr();
            return List.of(ImportProblem.of("intake.domains.problem.notJson", line));
        }
        IntakeState state = intake.read(dossierId);
        Dossier dossier = state.dossier();
        IntakeFileCheck.Result checked = new IntakeFileCheck(root, dossier, state.intake(), id -> vault.records().find(id)
                .map(stored -> !stored.ref().dossierId().equals(dossierId)).orElse(false)).run();
        if (!checked.problems().isEmpty()) {
            return checked.problems();
        }
        List<CompletableFuture<?>> done = new ArrayList<>();
        for (IntakeFileCheck.Write write : checked.writes()) {
            done.add(vault.records().createIfAbsent(write.ref(), write.createFields())
                    .thenCompose(created -> vault.records().patch(write.ref(), write.patchFields())));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
        return List.of();
    }

    private static ArrayNode list(ObjectNode root, String name) {
        return root.has(name) ? (ArrayNode) root.get(name) : root.putArray(name);
    }

    private static ObjectNode withId(StoredRecord stored, ObjectNode body) {
        ObjectNode withId = RecordMapper.json().createObjectNode();
        withId.put(IntakeFile.ID, stored.ref().id().toString());
        withId.setAll(body);
        return withId;
    }

    private static ObjectNode without(ObjectNode body, String field) {
        body.remove(field);
        return body;
    }
}
