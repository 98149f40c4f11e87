package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.sync.protocol.ErrorCode;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.audit.AuditLog;
import nl.keukentafel.sync.server.auth.Principal;
import nl.keukentafel.sync.server.db.Db;
import nl.keukentafel.sync.server.http.ApiException;

/**
 * {@code GET /sync/pull}: one page of the caller's change stream, read in one snapshot. The stream holds, in change
 * order, the records of the caller's dossiers, their conflicts, and dossiers that left the caseload. An item's place
 * is the later of its own change number and its dossier's assignment, so a newly assigned dossier arrives whole.
 * Thread-safe.
 */
public final class PullService {
    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;

    // Records come in two disjoint branches so that an incremental pull reads only what changed (record_by_seq)
    // plus the dossiers assigned since the cursor, never the whole caseload.
    private static final String PAGE = "select eff, key from ("
        + " select r.seq as eff, 'a' || r.id::text as key from record r"
        + "   join caseload c on c.dossier_id = r.dossier_id where c.user_id = ? and c.active and r.seq >= ? and r.seq >= c.seq"
        + " union all"
        + " select c.seq, 'a' || r.id::text from caseload c"
        + "   join record r on r.dossier_id = c.dossier_id where c.user_id = ? and c.active and c.seq >= ? and r.seq < c.seq"
        + " union all"
        + " select greatest(k.seq, c.seq), 'b' || k.id::text from conflict k"
        + "   join caseload c on c.dossier_id = k.dossier_id where c.user_id = ? and c.active"
        + "   and (k.status = 'open' or (k.seq > ? and ? > 0))"
        + " union all"
        + " select c.seq, 'c' || c.dossier_id::text from caseload c where c.user_id = ? and not c.active and ? > 0"
        + ") items where (eff, key collate \"C\") > (?, ? collate \"C\") order by eff, key collate \"C\" limit ?";

    private final Db db;
    private final RecordStore records;
    private final ConflictStore conflicts;
    private final AuditLog audit;

    public PullService(Db db, RecordStore records, ConflictStore conflicts, AuditLog audit) {
        this.db = db;
        this.records = records;
        this.conflicts = conflicts;
        this.audit = audit;
    }

    public ObjectNode pull(Principal principal, String cursorText, String limitText) {
        PullCursor cursor = PullCursor.decode(cursorText)
            .orElseThrow(() -> ApiException.badRequest(ErrorCode.BAD_CURSOR, "The cursor is not one this server gave out."));
        int limit = limit(limitText);
        return db.snapshot(connection -> {
            if (cursor.seq() > lastChange(connection)) {
                // Only a restore makes the sequence go back (its numbers are never given out twice otherwise): the
                // client's cursor names changes this database no longer has, and it would skip every new change
                // until the sequence caught up. It starts its pull over instead (sync-server/README.md, Backups).
                throw new ApiException(ErrorCode.CURSOR_AHEAD, "The cursor is past this server's changes; pull from the start.");
            }
            List<PullCursor> items = page(connection, principal.userId(), cursor, limit + 1);
            boolean hasMore = items.size() > limit;
            List<PullCursor> page = hasMore ? items.subList(0, limit) : items;
            List<UUID> recordIds = new ArrayList<>();
            List<UUID> conflictIds = new ArrayList<>();
            ObjectNode response = Json.MAPPER.createObjectNode();
            response.put("schema", Json.SCHEMA);
            ArrayNode removed = Json.MAPPER.createArrayNode();
            for (PullCursor item : page) {
                UUID id = UUID.fromString(item.key().substring(1));
                switch (item.key().charAt(0)) {
                    case 'a' -> recordIds.add(id);
                    case 'b' -> conflictIds.add(id);
                    default -> removed.add(id.toString());
                }
            }
            response.put("cursor", (page.isEmpty() ? cursor : page.get(page.size() - 1)).encode());
            response.put("hasMore", hasMore);
            ArrayNode recordList = response.putArray("records");
            Map<UUID, List<UUID>> readByDossier = new LinkedHashMap<>();
            Map<UUID, StoredRecord> byId = new LinkedHashMap<>();
            records.byIds(connection, recordIds).forEach(record -> byId.put(record.id(), record));
            for (UUID id : recordIds) {
                StoredRecord record = byId.get(id);
                recordList.add(Payloads.record(record));
                readByDossier.computeIfAbsent(record.dossierId(), dossier -> new ArrayList<>()).add(id);
            }
            ArrayNode conflictList = response.putArray("conflicts");
            // most pages carry no conflict: no query for them (one round trip less per page)
            for (ConflictView conflict : conflictIds.isEmpty() ? List.<ConflictView>of() : conflicts.byIds(connection, conflictIds)) {
                conflictList.add(Payloads.conflict(conflict));
                readByDossier.computeIfAbsent(conflict.dossierId(), dossier -> new ArrayList<>());
            }
            response.set("removed", removed);
            // One audit row per dossier read, all in one batched statement: a page of a big caseload names hundreds.
            List<AuditLog.Entry> reads = new ArrayList<>();
            for (Map.Entry<UUID, List<UUID>> read : readByDossier.entrySet()) {
                reads.add(new AuditLog.Entry(principal.userId(), principal.deviceId(), "pull", read.getKey(), read.getValue(), "ok", ""));
            }
            audit.appendAll(connection, reads);
            return response;
        });
    }

    /** The last change number drawn (0 before the first); drawn numbers of rolled-back changes count too. */
    private static long lastChange(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select case when is_called then last_value else 0 end"
            + " from change_seq"); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiException.badRequest(ErrorCode.BAD_LIMIT, "limit is a whole number from 1 to " + MAX_LIMIT + ".");
    }

    private static List<PullCursor> page(Connection connection, UUID userId, PullCursor after, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PAGE)) {
            int index = 0;
            select.setObject(++index, userId);
            select.setLong(++index, after.seq());
            select.setObject(++index, userId);
            select.setLong(++index, after.seq());
            select.setObject(++index, userId);
            select.setLong(++index, after.seq());
            select.setLong(++index, after.seq());
            select.setObject(++index, userId);
            select.setLong(++index, after.seq());
            select.setLong(++index, after.seq());
            select.setString(++index, after.key());
            select.setInt(++index, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<PullCursor> items = new ArrayList<>();
                while (rows.next()) {
                    items.add(new PullCursor(rows.getLong(1), rows.getString(2)));
                }
                return items;
            }
        }
    }
}
