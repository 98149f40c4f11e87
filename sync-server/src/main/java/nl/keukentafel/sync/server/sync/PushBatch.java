package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.sync.protocol.RejectReason;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.audit.AuditLog;
import nl.keukentafel.sync.server.auth.Principal;

/**
 * One push batch decided set-based (ADR 0008): everything the entries need is read with one statement per table
 * ({@link PushBatchStore#read}), the entries are decided in (clientId, clientSeq) order against this in-memory
 * working copy with the same rules as the entry-by-entry path, and what they change is written with one batched
 * statement per table ({@link PushBatchStore#write}). A later entry sees an earlier entry's version, answer,
 * conflict and caseload row here exactly as the entry-by-entry path sees them in the database. One use; not
 * thread-safe.
 */
final class PushBatch {
    /** The key of a stored answer. */
    record AnswerKey(UUID clientId, long clientSeq) {
    }

    /** One version of one record. */
    record VersionKey(UUID recordId, long version) {
    }

    /** An open conflict is refreshed, not doubled, when the same client conflicts on the same record and field again. */
    record OpenKey(UUID recordId, String field, UUID clientId) {
    }

    /** A record's current state with its per-field change marks. */
    record Current(StoredRecord record, FieldChanges marks) {
    }

    /** Rows to write; {@code seq} fields are indexes into the numbers drawn for the batch, in decision order. */
    record RecordRow(StoredRecord state, FieldChanges marks, int seq) {
    }

    record VersionRow(StoredRecord state, int seq, RecordStore.Origin origin) {
    }

    record AssignRow(UUID dossierId, int seq) {
    }

    record ConflictRow(UUID id, boolean isNew, MergeOutcome.ConflictDraft draft, PushEntry entry, StoredRecord current, int seq) {
    }

    record ResolveRow(List<UUID> ids, long version, int seq) {
    }

    record AnswerRow(AnswerKey key, ObjectNode answer) {
    }

    record QuarantineRow(JsonNode raw, String reason) {
    }

    /** What the read phase found. */
    static final class Found {
        final Map<AnswerKey, AnswerStore.Stored> answers = new HashMap<>();
        final Set<UUID> assigned = new HashSet<>();
        final Set<UUID> dossiers = new HashSet<>();
        final Map<UUID, Current> records = new HashMap<>();
        final Map<VersionKey, MergeOutcome.State> bases = new HashMap<>();
        final Map<VersionKey, RecordVersion> authors = new HashMap<>();
        final Map<OpenKey, UUID> openConflicts = new HashMap<>();
        /** The client side of each open whole-record conflict, which a refresh extends rather than replaces. */
        final Map<UUID, JsonNode> openClientValues = new HashMap<>();
        final Map<UUID, UUID> conflictOwners = new HashMap<>();
    }

    /** What the decide phase wants written, in the order it was decided. */
    static final class Writes {
        int seqs;
        final List<AssignRow> assignments = new ArrayList<>();
        final Map<UUID, RecordRow> records = new LinkedHashMap<>();
        final List<VersionRow> versions = new ArrayList<>();
        final Map<UUID, ConflictRow> conflicts = new LinkedHashMap<>();
        final List<ResolveRow> resolutions = new ArrayList<>();
        final List<AnswerRow> answers = new ArrayList<>();
        final List<QuarantineRow> quarantine = new ArrayList<>();
        final List<AuditLog.Entry> audit = new ArrayList<>();
    }

    private final Principal principal;
    private final Instant now;
    private final Found found;
    private final Writes writes = new Writes();

    private PushBatch(Principal principal, Instant now, Found found) {
        this.principal = principal;
        this.now = now;
        this.found = found;
    }

    /**
     * Answers the batch: {@code order} is the (clientId, clientSeq) order of the indexes of {@code parsed}. Throws the
     * database's refusal (SQL state class 22 or 54) unchanged, after rolling back to before the writes, so the caller
     * can answer the batch entry by entry instead.
     */
    static ObjectNode[] answer(Connection connection, PushBatchStore store, Principal principal, Instant now, JsonNode entries,
                               List<EntryParser.Parsed> parsed, List<Integer> order) throws SQLException {
        Found found = store.read(connection, principal, parsed);
        PushBatch batch = new PushBatch(principal, now, found);
        ObjectNode[] results = new ObjectNode[parsed.size()];
        for (int index : order) {
            results[index] = batch.decide(entries.get(index), parsed.get(index));
        }
        store.write(connection, principal, now, batch.writes);
        return results;
    }

    private ObjectNode decide(JsonNode raw, EntryParser.Parsed parsed) throws SQLException {
        boolean identified = parsed.clientId().isPresent() && parsed.clientSeq().isPresent();
        AnswerKey key = identified ? new AnswerKey(parsed.clientId().get(), parsed.clientSeq().get()) : null;
        if (identified) {
            AnswerStore.Stored stored = found.answers.get(key);
            if (stored != null) {
                return stored.userId().equals(principal.userId()) ? stored.answer() : reject(raw, RejectReason.CLIENT_ID_TAKEN);
            }
        }
        ObjectNode answer = parsed.entry().isPresent() ? apply(parsed.entry().get()) : reject(raw, parsed.reason().orElseThrow());
        if (identified) {
            found.answers.put(key, new AnswerStore.Stored(principal.userId(), answer));
            writes.answers.add(new AnswerRow(key, answer));
        }
        return answer;
    }

    private ObjectNode apply(PushEntry entry) throws SQLException {
        boolean newDossier = false;
        if (!found.assigned.contains(entry.dossierId())) {
            // A dossier nobody has seen is a new family made offline: it joins its maker's caseload once the entry lands.
            if (entry.op() == Op.CREATE && !found.dossiers.contains(entry.dossierId())) {
                newDossier = true;
            } else {
                return reject(entry.raw(), RejectReason.LEFT_CASELOAD);
            }
        }
        Current current = found.records.get(entry.recordId());
        Optional<RejectReason> problem = problem(entry, current);
        if (problem.isPresent()) {
            return reject(entry.raw(), problem.get());
        }
        if (newDossier) {
            found.dossiers.add(entry.dossierId());
            found.assigned.add(entry.dossierId());
            writes.assignments.add(new AssignRow(entry.dossierId(), nextSeq()));
        }
        RecordStore.Origin origin = new RecordStore.Origin(principal, entry.clientId(), entry.clientSeq(), now, entry.resolves());
        if (current == null) {
            StoredRecord created = new StoredRecord(entry.recordId(), entry.kind(), entry.dossierId(), 1, false, entry.fields(), now);
            FieldChanges marks = FieldChanges.none().then(Optional.empty(), new MergeOutcome.State(entry.fields(), false), 1,
                entry.clientId());
            write(created, marks, origin);
            return finish(entry, MergeOutcome.Result.APPLIED, 1, List.of());
        }
        StoredRecord record = current.record();
        FieldChanges marks = current.marks();
        MergeOutcome.State base = base(record, entry.baseVersion());
        Map<Long, RecordVersion> authors = new HashMap<>();
        for (long version : marks.foreignVersionsAfter(entry.baseVersion(), entry.clientId())) {
            RecordVersion author = found.authors.get(new VersionKey(record.id(), version));
            if (author == null) {
                throw new SQLException("record " + record.id() + " lacks versions its change marks name");
            }
            authors.put(version, author);
        }
        MergeOutcome outcome = ThreeWayMerge.decide(entry, record, base, marks.laterThan(entry.baseVersion(), authors));
        Optional<MergeOutcome.State> state = outcome.newState();
        if (state.isEmpty() && !entry.resolves().isEmpty()) {
            // Resolving writes a new version even when the chosen values are the server's, so history shows the decision.
            state = Optional.of(new MergeOutcome.State(record.fields(), record.deleted()));
        }
        if (state.isPresent() && EntryParser.jsonBytes(state.get().fields()) > EntryParser.MAX_RECORD_BYTES) {
            return reject(entry.raw(), RejectReason.RECORD_TOO_LARGE);
        }
        StoredRecord latest = record;
        if (state.isPresent()) {
            latest = new StoredRecord(record.id(), record.kind(), record.dossierId(), record.version() + 1, state.get().deleted(),
                state.get().fields(), now);
            FieldChanges next = marks.then(Optional.of(new MergeOutcome.State(record.fields(), record.deleted())), state.get(),
                latest.version(), entry.clientId());
            write(latest, next, origin);
        }
        List<UUID> conflictIds = new ArrayList<>();
        for (MergeOutcome.ConflictDraft draft : outcome.conflicts()) {
            conflictIds.add(keep(draft, entry, latest));
        }
        if (!entry.resolves().isEmpty()) {
            writes.resolutions.add(new ResolveRow(entry.resolves(), latest.version(), nextSeq()));
            found.openConflicts.values().removeIf(entry.resolves()::contains);
        }
        return finish(entry, outcome.result(), latest.version(), conflictIds);
    }

    private int nextSeq() {
        return writes.seqs++;
    }

    private void write(StoredRecord state, FieldChanges marks, RecordStore.Origin origin) {
        int seq = nextSeq();
        found.records.put(state.id(), new Current(state, marks));
        writes.records.put(state.id(), new RecordRow(state, marks, seq));
        writes.versions.add(new VersionRow(state, seq, origin));
        VersionKey key = new VersionKey(state.id(), state.version());
        found.bases.put(key, new MergeOutcome.State(state.fields(), state.deleted()));
        found.authors.put(key, new RecordVersion(state.version(), state.deleted(), Json.MAPPER.createObjectNode(), principal.userId(),
            principal.username(), principal.deviceId(), origin.clientId(), origin.clientSeq(), now, origin.resolves()));
    }

    private UUID keep(MergeOutcome.ConflictDraft draft, PushEntry entry, StoredRecord current) {
        OpenKey key = new OpenKey(entry.recordId(), draft.field(), entry.clientId());
        UUID existing = found.openConflicts.get(key);
        UUID id = existing == null ? UUID.randomUUID() : existing;
        ConflictRow before = writes.conflicts.get(id);
        boolean isNew = existing == null || before != null && before.isNew();
        JsonNode earlier = before != null ? before.draft().clientValue() : found.openClientValues.get(id);
        MergeOutcome.ConflictDraft kept = existing == null ? draft : draft.refreshing(earlier);
        writes.conflicts.put(id, new ConflictRow(id, isNew, kept, entry, current, nextSeq()));
        found.openConflicts.put(key, id);
        found.conflictOwners.put(id, entry.recordId());
        return id;
    }

    private MergeOutcome.State base(StoredRecord record, long baseVersion) throws SQLException {
        if (baseVersion == 0) {
            return new MergeOutcome.State(Json.MAPPER.createObjectNode(), false);
        }
        MergeOutcome.State base = found.bases.get(new VersionKey(record.id(), baseVersion));
        if (base == null) {
            throw new SQLException("record " + record.id() + " lacks version " + baseVersion);
        }
        return base;
    }

    private Optional<RejectReason> problem(PushEntry entry, Current current) {
        if (current == null) {
            return entry.op() == Op.CREATE && entry.resolves().isEmpty() ? Optional.empty() : Optional.of(RejectReason.UNKNOWN_RECORD);
        }
        StoredRecord record = current.record();
        if (!record.dossierId().equals(entry.dossierId())) {
            // Answered as if there were no such record: "it exists in another dossier" is not the caller's to learn.
            return Optional.of(RejectReason.UNKNOWN_RECORD);
        }
        if (PushService.isFrozen(record)) {
            return Optional.of(RejectReason.FROZEN);
        }
        if (!record.kind().equals(entry.kind())) {
            return Optional.of(RejectReason.KIND_MISMATCH);
        }
        if (entry.baseVersion() > record.version()) {
            return Optional.of(RejectReason.UNKNOWN_BASE_VERSION);
        }
        if (!entry.resolves().isEmpty()) {
            boolean allOwn = entry.resolves().stream().allMatch(id -> record.id().equals(found.conflictOwners.get(id)));
            if (!allOwn) {
                return Optional.of(RejectReason.BAD_RESOLVES);
            }
        }
        return Optional.empty();
    }

    private ObjectNode finish(PushEntry entry, MergeOutcome.Result result, long version, List<UUID> conflictIds) {
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.put("clientId", entry.clientId().toString());
        answer.put("clientSeq", entry.clientSeq());
        answer.put("recordId", entry.recordId().toString());
        answer.put("result", result.code());
        answer.put("version", version);
        ArrayNode ids = answer.putArray("conflicts");
        conflictIds.forEach(id -> ids.add(id.toString()));
        writes.audit.add(PushService.auditOf(principal, entry, result, conflictIds));
        return answer;
    }

    private ObjectNode reject(JsonNode raw, RejectReason reason) {
        writes.quarantine.add(new QuarantineRow(raw, reason.code()));
        writes.audit.add(PushService.auditOfRejected(principal, raw, reason));
        return PushService.rejected(raw, reason);
    }
}
