package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.keukentafel.sync.protocol.ErrorCode;
import nl.keukentafel.sync.protocol.PushOutcome;
import nl.keukentafel.sync.protocol.RejectReason;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.audit.AuditLog;
import nl.keukentafel.sync.server.auth.Principal;
import nl.keukentafel.sync.server.caseload.CaseloadStore;
import nl.keukentafel.sync.server.db.Db;
import nl.keukentafel.sync.server.http.ApiException;

/**
 * {@code POST /sync/push}: one batch in one transaction under the change lock. Entries are handled in
 * (clientId, clientSeq) order whatever order they came in, each deduplicated against its stored answer, and
 * answered in the order they came. A batch is decided set-based ({@link PushBatch}, ADR 0008); when the database
 * refuses a value in it, the batch is answered entry by entry here instead, each entry under its own savepoint.
 * Thread-safe.
 */
public final class PushService {
    public static final int MAX_ENTRIES = 200;

    private final Db db;
    private final RecordStore records;
    private final ConflictStore conflicts;
    private final QuarantineStore quarantine;
    private final AnswerStore answers;
    private final CaseloadStore caseload;
    private final AuditLog audit;
    private final Clock clock;
    private final PushBatchStore batchStore;

    public PushService(Db db, RecordStore records, ConflictStore conflicts, QuarantineStore quarantine, AnswerStore answers,
                       CaseloadStore caseload, AuditLog audit, Clock clock) {
        this.db = db;
        this.records = records;
        this.conflicts = conflicts;
        this.quarantine = quarantine;
        this.answers = answers;
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
        this.batchStore = new PushBatchStore(quarantine, audit);
    }

    public ObjectNode push(Principal principal, JsonNode body) {
        if (!body.isObject() || !body.path("schema").isIntegralNumber() || !body.path("entries").isArray()) {
            throw ApiException.badRequest(ErrorCode.MALFORMED_BATCH, "A push body is {schema, entries: [...]}.");
        }
        JsonNode entries = body.get("entries");
        if (entries.size() > MAX_ENTRIES) {
            throw ApiException.badRequest(ErrorCode.BATCH_TOO_LARGE, "At most " + MAX_ENTRIES + " entries per push.");
        }
        int schema = body.get("schema").asInt();
        List<EntryParser.Parsed> parsed = new ArrayList<>();
        entries.forEach(raw -> parsed.add(EntryParser.parse(raw, schema)));
        List<Integer> order = IntStream.range(0, parsed.size()).boxed()
            .sorted(Comparator.comparing((Integer index) -> parsed.get(index).clientId().map(UUID::toString).orElse(""))
                .thenComparing(index -> parsed.get(index).clientSeq().orElse(0L)))
            .toList();
        return db.changeTransaction(connection -> {
            Instant now = clock.instant();
            ObjectNode[] results = setBased(connection, principal, now, entries, parsed, order);
            if (results == null) {
                results = new ObjectNode[parsed.size()];
                Map<String, MergeOutcome.State> bases = new HashMap<>();
                for (int index : order) {
                    results[index] = answerAlone(connection, principal, entries.get(index), parsed.get(index), now, bases);
                }
            }
            ObjectNode response = Json.MAPPER.createObjectNode();
            response.put("schema", Json.SCHEMA);
            ArrayNode list = response.putArray("results");
            for (ObjectNode result : results) {
                list.add(result);
            }
            return response;
        });
    }

    /**
     * The batch decided set-based (ADR 0008); null when the database refused some value in it, after rolling back to
     * before it, so that the entry-by-entry path can find the entry and answer it alone.
     */
    private ObjectNode[] setBased(Connection connection, Principal principal, Instant now, JsonNode entries,
                                  List<EntryParser.Parsed> parsed, List<Integer> order) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            ObjectNode[] results = PushBatch.answer(connection, batchStore, principal, now, entries, parsed, order);
            connection.releaseSavepoint(before);
            return results;
        } catch (SQLException refused) {
            if (!isAboutTheData(refused) && !isAboutTheData(refused.getNextException())) {
                throw refused;
            }
            connection.rollback(before);
            return null;
        }
    }

    /**
     * Answers one entry so that its failure cannot take the batch with it: when the database refuses what the entry
     * holds (a data exception the checks did not foresee), its changes are rolled back to a savepoint and it is answered
     * {@code rejected} alone, while the other entries of the batch land.
     */
    private ObjectNode answerAlone(Connection connection, Principal principal, JsonNode raw, EntryParser.Parsed parsed, Instant now,
                                   Map<String, MergeOutcome.State> bases) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            ObjectNode answer = answer(connection, principal, raw, parsed, now, bases);
            connection.releaseSavepoint(before);
            return answer;
        } catch (SQLException refused) {
            if (!isAboutTheData(refused)) {
                throw refused;
            }
            connection.rollback(before);
            bases.clear();
            // Kept as the text it came as: the database refused a value in it, so it would refuse it as jsonb too.
            quarantine.keepAsText(connection, principal, raw, RejectReason.UNSTORABLE_TEXT.code(), now);
            audit.append(connection, auditOfRejected(principal, raw, RejectReason.UNSTORABLE_TEXT));
            ObjectNode answer = rejected(raw, RejectReason.UNSTORABLE_TEXT);
            if (parsed.clientId().isPresent() && parsed.clientSeq().isPresent()) {
                answers.store(connection, parsed.clientId().get(), parsed.clientSeq().get(), principal.userId(), answer, now);
            }
            return answer;
        }
    }

    /** SQL state class 22 (data exception: untranslatable character, bad text) or 54 (a value over a limit). */
    private static boolean isAboutTheData(SQLException failure) {
        if (failure == null) {
            return false;
        }
        String state = failure.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("54"));
    }

    private ObjectNode answer(Connection connection, Principal principal, JsonNode raw, EntryParser.Parsed parsed, Instant now,
                              Map<String, MergeOutcome.State> bases) throws SQLException {
        boolean identified = parsed.clientId().isPresent() && parsed.clientSeq().isPresent();
        if (identified) {
            Optional<AnswerStore.Stored> stored = answers.find(connection, parsed.clientId().get(), parsed.clientSeq().get());
            if (stored.isPresent()) {
                return stored.get().userId().equals(principal.userId())
                    ? stored.get().answer() : reject(connection, principal, raw, RejectReason.CLIENT_ID_TAKEN, now);
            }
        }
        ObjectNode answer = parsed.entry().isPresent()
            ? apply(connection, principal, parsed.entry().get(), now, bases)
            : reject(connection, principal, raw, parsed.reason().orElseThrow(), now);
        if (identified) {
            answers.store(connection, parsed.clientId().get(), parsed.clientSeq().get(), principal.userId(), answer, now);
        }
        return answer;
    }

    private ObjectNode apply(Connection connection, Principal principal, PushEntry entry, Instant now,
                             Map<String, MergeOutcome.State> bases) throws SQLException {
        boolean newDossier = false;
        if (!caseload.isAssigned(connection, principal.userId(), entry.dossierId())) {
            // A dossier nobody has seen is a new family made offline: it joins its maker's caseload once the entry lands.
            if (entry.op() == Op.CREATE && !caseload.dossierExists(connection, entry.dossierId())) {
                newDossier = true;
            } else {
                return reject(connection, principal, entry.raw(), RejectReason.LEFT_CASELOAD, now);
            }
        }
        Optional<StoredRecord> current = records.findForUpdate(connection, entry.recordId());
        Optional<RejectReason> problem = problem(connection, entry, current);
        if (problem.isPresent()) {
            return reject(connection, principal, entry.raw(), problem.get(), now);
        }
        if (newDossier) {
            caseload.assign(connection, principal.userId(), entry.dossierId(), now);
        }
        RecordStore.Origin origin = new RecordStore.Origin(principal, entry.clientId(), entry.clientSeq(), now, entry.resolves());
        if (current.isEmpty()) {
            StoredRecord created = new StoredRecord(entry.recordId(), entry.kind(), entry.dossierId(), 1, false, entry.fields(), now);
            FieldChanges marks = FieldChanges.none().then(Optional.empty(), new MergeOutcome.State(entry.fields(), false), 1,
                entry.clientId());
            records.write(connection, created, marks, Db.nextSeq(connection), origin);
            return finish(connection, principal, entry, MergeOutcome.Result.APPLIED, 1, List.of());
        }
        StoredRecord record = current.get();
        // One row for the base, one for the marks, one per field someone else changed: never the whole history, so a
        // record with many versions costs the same as a new one while the change lock is held.
        FieldChanges marks = records.changes(connection, record.id());
        MergeOutcome.State base = base(connection, record, entry.baseVersion(), bases);
        Set<Long> foreign = marks.foreignVersionsAfter(entry.baseVersion(), entry.clientId());
        Map<Long, RecordVersion> authors = records.authorsOf(connection, record.id(), foreign);
        if (!authors.keySet().containsAll(foreign)) {
            throw new SQLException("record " + record.id() + " lacks versions its change marks name");
        }
        MergeOutcome outcome = ThreeWayMerge.decide(entry, record, base, marks.laterThan(entry.baseVersion(), authors));
        Optional<MergeOutcome.State> state = outcome.newState();
        if (state.isEmpty() && !entry.resolves().isEmpty()) {
            // Resolving writes a new version even when the chosen values are the server's, so history shows the decision.
            state = Optional.of(new MergeOutcome.State(record.fields(), record.deleted()));
        }
        if (state.isPresent() && EntryParser.jsonBytes(state.get().fields()) > EntryParser.MAX_RECORD_BYTES) {
            return reject(connection, principal, entry.raw(), RejectReason.RECORD_TOO_LARGE, now);
        }
        StoredRecord latest = record;
        if (state.isPresent()) {
            latest = new StoredRecord(record.id(), record.kind(), record.dossierId(), record.version() + 1, state.get().deleted(),
                state.get().fields(), now);
            FieldChanges next = marks.then(Optional.of(new MergeOutcome.State(record.fields(), record.deleted())), state.get(),
                latest.version(), entry.clientId());
            records.write(connection, latest, next, Db.nextSeq(connection), origin);
        }
        List<UUID> conflictIds = new ArrayList<>();
        for (MergeOutcome.ConflictDraft draft : outcome.conflicts()) {
            conflictIds.add(conflicts.keep(connection, draft, entry, latest, principal, now, Db.nextSeq(connection)));
        }
        if (!entry.resolves().isEmpty()) {
            conflicts.resolve(connection, entry.resolves(), principal, latest.version(), now, Db.nextSeq(connection));
        }
        return finish(connection, principal, entry, outcome.result(), latest.version(), conflictIds);
    }

    /** The record's state at a base version; a batch of entries on one base reads it once. */
    private MergeOutcome.State base(Connection connection, StoredRecord record, long baseVersion, Map<String, MergeOutcome.State> bases)
        throws SQLException {
        if (baseVersion == 0) {
            return new MergeOutcome.State(Json.MAPPER.createObjectNode(), false);
        }
        String key = record.id() + "@" + baseVersion;
        MergeOutcome.State cached = bases.get(key);
        if (cached != null) {
            return cached;
        }
        MergeOutcome.State base = records.version(connection, record.id(), baseVersion)
            .map(version -> new MergeOutcome.State(version.fields(), version.deleted()))
            .orElseThrow(() -> new SQLException("record " + record.id() + " lacks version " + baseVersion));
        bases.put(key, base);
        return base;
    }

    private Optional<RejectReason> problem(Connection connection, PushEntry entry, Optional<StoredRecord> current) throws SQLException {
        if (current.isEmpty()) {
            return entry.op() == Op.CREATE && entry.resolves().isEmpty() ? Optional.empty() : Optional.of(RejectReason.UNKNOWN_RECORD);
        }
        StoredRecord record = current.get();
        if (!record.dossierId().equals(entry.dossierId())) {
            // Answered as if there were no such record: "it exists in another dossier" is not the caller's to learn.
            return Optional.of(RejectReason.UNKNOWN_RECORD);
        }
        if (isFrozen(record)) {
            // An agreed plan version (werkplan) is a signed document: it is never changed or deleted afterwards.
            return Optional.of(RejectReason.FROZEN);
        }
        if (!record.kind().equals(entry.kind())) {
            return Optional.of(RejectReason.KIND_MISMATCH);
        }
        if (entry.baseVersion() > record.version()) {
            return Optional.of(RejectReason.UNKNOWN_BASE_VERSION);
        }
        if (!entry.resolves().isEmpty()) {
            Map<UUID, UUID> owners = conflicts.recordsOf(connection, entry.resolves());
            boolean allOwn = entry.resolves().stream().allMatch(id -> record.id().equals(owners.get(id)));
            if (!allOwn) {
                return Optional.of(RejectReason.BAD_RESOLVES);
            }
        }
        return Optional.empty();
    }

    static boolean isFrozen(StoredRecord record) {
        JsonNode frozen = record.fields().get("frozen");
        return frozen != null && frozen.isBoolean() && frozen.booleanValue();
    }

    private ObjectNode finish(Connection connection, Principal principal, PushEntry entry, MergeOutcome.Result result, long version,
                              List<UUID> conflictIds) throws SQLException {
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.put("clientId", entry.clientId().toString());
        answer.put("clientSeq", entry.clientSeq());
        answer.put("recordId", entry.recordId().toString());
        answer.put("result", result.code());
        answer.put("version", version);
        ArrayNode ids = answer.putArray("conflicts");
        conflictIds.forEach(id -> ids.add(id.toString()));
        audit.append(connection, auditOf(principal, entry, result, conflictIds));
        return answer;
    }

    /** The audit row of an entry that landed. */
    static AuditLog.Entry auditOf(Principal principal, PushEntry entry, MergeOutcome.Result result, List<UUID> conflictIds) {
        String detail = conflictIds.isEmpty() ? "" : "conflicts=" + conflictIds.size();
        if (!entry.resolves().isEmpty()) {
            detail = (detail.isEmpty() ? "" : detail + " ") + "resolves=" + entry.resolves();
        }
        return new AuditLog.Entry(principal.userId(), principal.deviceId(), "push-" + entry.op().code(),
            entry.dossierId(), List.of(entry.recordId()), result.code(), detail);
    }

    private ObjectNode reject(Connection connection, Principal principal, JsonNode raw, RejectReason reason, Instant now)
        throws SQLException {
        quarantine.keep(connection, principal, raw, reason.code(), now);
        audit.append(connection, auditOfRejected(principal, raw, reason));
        return rejected(raw, reason);
    }

    /** The answer to a rejected entry: its ids as sent (or null), the result and the reason. */
    static ObjectNode rejected(JsonNode raw, RejectReason reason) {
        ObjectNode answer = Json.MAPPER.createObjectNode();
        for (String name : List.of("clientId", "clientSeq", "recordId")) {
            answer.set(name, raw.isObject() && raw.has(name) ? raw.get(name) : Json.MAPPER.nullNode());
        }
        answer.put("result", PushOutcome.REJECTED.code());
        answer.put("reason", reason.code());
        return answer;
    }

    /** The audit row of a rejected entry. */
    static AuditLog.Entry auditOfRejected(Principal principal, JsonNode raw, RejectReason reason) {
        Optional<UUID> dossier = EntryParser.uuid(raw.get("dossierId"));
        Optional<UUID> record = EntryParser.uuid(raw.get("recordId"));
        String op = raw.path("op").isTextual() ? Op.parse(raw.path("op").asText()).map(Op::code).orElse("unknown") : "unknown";
        return new AuditLog.Entry(principal.userId(), principal.deviceId(), "push-" + op, dossier.orElse(null),
            record.map(List::of).orElse(List.of()), PushOutcome.REJECTED.code(), reason.code());
    }
}
