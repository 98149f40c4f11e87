package nl.keukentafel.sync.server.sync;

import nl.keukentafel.sync.protocol.ConflictStatus;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.sync.protocol.ErrorCode;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.audit.AuditLog;
import nl.keukentafel.sync.server.auth.Principal;
import nl.keukentafel.sync.server.caseload.CaseloadStore;
import nl.keukentafel.sync.server.db.Db;
import nl.keukentafel.sync.server.http.ApiException;

/**
 * The reads beside pull: the caller's caseload, one dossier whole (a repair download), a dossier's conflicts, a
 * record's history and the caller's quarantine. Anything outside the caseload is 404, audited as denied.
 * Thread-safe.
 */
public final class ReadService {
    private static final int QUARANTINE_LIMIT = 500;

    private final Db db;
    private final RecordStore records;
    private final ConflictStore conflicts;
    private final QuarantineStore quarantine;
    private final CaseloadStore caseload;
    private final AuditLog audit;

    public ReadService(Db db, RecordStore records, ConflictStore conflicts, QuarantineStore quarantine, CaseloadStore caseload,
                       AuditLog audit) {
        this.db = db;
        this.records = records;
        this.conflicts = conflicts;
        this.quarantine = quarantine;
        this.caseload = caseload;
        this.audit = audit;
    }

    public ObjectNode caseload(Principal principal) {
        return db.transaction(connection -> {
            ObjectNode response = envelope();
            response.put("userId", principal.userId().toString());
            response.put("username", principal.username());
            response.put("deviceId", principal.deviceId().toString());
            ArrayNode dossiers = response.putArray("dossiers");
            for (CaseloadStore.Assignment assignment : caseload.assignments(connection, principal.userId())) {
                ObjectNode item = dossiers.addObject();
                item.put("dossierId", assignment.dossierId().toString());
                item.put("since", assignment.since().toString());
            }
            audit.append(connection, entry(principal, "read-caseload", null, List.of(), "ok"));
            return response;
        });
    }

    public ObjectNode dossier(Principal principal, String dossierText) {
        UUID dossierId = parse(dossierText);
        ObjectNode response = db.transaction(connection -> {
            if (!allowed(connection, principal, "read-dossier", dossierId)) {
                return null;
            }
            ObjectNode found = envelope();
            found.put("dossierId", dossierId.toString());
            ArrayNode list = found.putArray("records");
            List<StoredRecord> all = records.byDossier(connection, dossierId);
            all.forEach(record -> list.add(Payloads.record(record)));
            audit.append(connection, entry(principal, "read-dossier", dossierId, all.stream().map(StoredRecord::id).toList(), "ok"));
            return found;
        });
        return orNotFound(response);
    }

    public ObjectNode conflicts(Principal principal, String dossierText, String status) {
        UUID dossierId = parse(dossierText);
        boolean openOnly = status == null || status.isEmpty() || ConflictStatus.OPEN.code().equals(status);
        if (!openOnly && !"all".equals(status)) {
            throw ApiException.badRequest(ErrorCode.BAD_STATUS, "status is open or all.");
        }
        ObjectNode response = db.transaction(connection -> {
            if (!allowed(connection, principal, "read-conflicts", dossierId)) {
                return null;
            }
            ObjectNode found = envelope();
            found.put("dossierId", dossierId.toString());
            ArrayNode list = found.putArray("conflicts");
            conflicts.byDossier(connection, dossierId, openOnly).forEach(conflict -> list.add(Payloads.conflict(conflict)));
            audit.append(connection, entry(principal, "read-conflicts", dossierId, List.of(), "ok"));
            return found;
        });
        return orNotFound(response);
    }

    public ObjectNode history(Principal principal, String recordText) {
        UUID recordId = parse(recordText);
        ObjectNode response = db.transaction(connection -> {
            Optional<UUID> dossierId = dossierOf(connection, recordId);
            if (dossierId.isEmpty()) {
                audit.append(connection, entry(principal, "read-history", null, List.of(recordId), "denied"));
                return null;
            }
            if (!allowed(connection, principal, "read-history", dossierId.get())) {
                return null;
            }
            ObjectNode found = envelope();
            found.put("recordId", recordId.toString());
            ArrayNode list = found.putArray("versions");
            records.history(connection, recordId, 0).forEach(version -> list.add(Payloads.version(version)));
            audit.append(connection, entry(principal, "read-history", dossierId.get(), List.of(recordId), "ok"));
            return found;
        });
        return orNotFound(response);
    }

    public ObjectNode quarantine(Principal principal) {
        return db.transaction(connection -> {
            ObjectNode response = envelope();
            response.set("entries", quarantine.mine(connection, principal.userId(), QUARANTINE_LIMIT));
            audit.append(connection, entry(principal, "read-quarantine", null, List.of(), "ok"));
            return response;
        });
    }

    private boolean allowed(Connection connection, Principal principal, String action, UUID dossierId) throws SQLException {
        if (caseload.isAssigned(connection, principal.userId(), dossierId)) {
            return true;
        }
        audit.append(connection, entry(principal, action, dossierId, List.of(), "denied"));
        return false;
    }

    private static Optional<UUID> dossierOf(Connection connection, UUID recordId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select dossier_id from record where id = ?")) {
            select.setObject(1, recordId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /** A denial is committed with its audit row first, then answered 404. */
    private static ObjectNode orNotFound(ObjectNode response) {
        if (response == null) {
            throw ApiException.notFound();
        }
        return response;
    }

    private static UUID parse(String text) {
        return EntryParser.uuid(Json.MAPPER.getNodeFactory().textNode(text)).orElseThrow(ApiException::notFound);
    }

    private static ObjectNode envelope() {
        ObjectNode response = Json.MAPPER.createObjectNode();
        response.put("schema", Json.SCHEMA);
        return response;
    }

    private static AuditLog.Entry entry(Principal principal, String action, UUID dossierId, List<UUID> recordIds, String result) {
        return new AuditLog.Entry(principal.userId(), principal.deviceId(), action, dossierId, recordIds, result, "");
    }
}
