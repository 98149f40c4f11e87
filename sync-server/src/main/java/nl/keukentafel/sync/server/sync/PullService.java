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

    /**
     * Up to this many changes after the cursor, records changed since their dossier's assignment are found by walking
     * the changes (record_by_seq); further back, by looking into each dossier of the caseload (record_by_dossier).
     * PostgreSQL cannot choose well itself: walking the changes looks cheap for a page with a limit, and it is, unless
     * few of them are the caller's (an initial pull of dossiers nobody changed since their assignment walked every
     * record in the database, 37 ms of a 54 ms first page).
     */
    static final long WALK_CHANGES = 1000;

    // Records come in two disjoint branches so that an incremental pull reads only what changed plus the dossiers
    // assigned since the cursor, never the whole caseload. Each branch finds its own first items after the cursor
    // (keyset: its own order and limit), so PostgreSQL stops early instead of building and sorting everything after
    // the cursor; the page is the first items of their merge. The records' columns come in the same query (one round
    // trip, one read of each row), their fields as the stored JSON text. Every branch takes (user, cursor seq, ...).
    // "offset 0" keeps PostgreSQL from flattening a subquery into the join above it, which would give it back the
    // choice of plan these subqueries are there to take away (one index probe per caseload row, in caseload order).
    private static final String KEY_A = "('a' || r.id::text) collate \"C\"";
    private static final String AFTER = " > (?, ? collate \"C\") order by 1, 2 limit ?)";
    private static final String CHANGED_BY_WALK = "(select r.seq as eff, " + KEY_A + " as key, 'a' as tag, r.id from record r"
        + " join caseload c on c.dossier_id = r.dossier_id where c.user_id = ? and c.active and r.seq >= ? and r.seq >= c.seq"
        + " and (r.seq, " + KEY_A + ")" + AFTER;
    private static final String CHANGED_BY_DOSSIER = "(select r.seq as eff, " + KEY_A + " as key, 'a' as tag, r.id"
        + " from (select ?::uuid as user_id, ?::bigint as after) p join caseload c on c.user_id = p.user_id and c.active"
        + " cross join lateral (select r.id, r.seq from record r where r.dossier_id = c.dossier_id"
        + " and r.seq >= greatest(c.seq, p.after) offset 0) r where (r.seq, " + KEY_A + ")" + AFTER;
    private static final String REST = " union all"
        + " (select c.seq, " + KEY_A + ", 'a', r.id from (select c.dossier_id, c.seq from caseload c"
        + "   where c.user_id = ? and c.active and c.seq >= ? order by c.seq offset 0) c"
        + "   cross join lateral (select r.id from record r where r.dossier_id = c.dossier_id and r.seq < c.seq offset 0) r"
        + "   where (c.seq, " + KEY_A + ")" + AFTER
        + " union all"
        + " (select greatest(k.seq, c.seq), ('b' || k.id::text) collate \"C\", 'b', k.id from conflict k"
        + "   join caseload c on c.dossier_id = k.dossier_id where c.user_id = ? and c.active"
        + "   and (k.status = 'open' or (k.seq > ? and ? > 0))"
        + "   and (greatest(k.seq, c.seq), ('b' || k.id::text) collate \"C\")" + AFTER
        + " union all"
        + " (select c.seq, ('c' || c.dossier_id::text) collate \"C\", 'c', c.dossier_id from caseload c"
        + "   where c.user_id = ? and not c.active and ? > 0"
        + "   and (c.seq, ('c' || c.dossier_id::text) collate \"C\")" + AFTER
        + ") items order by eff, key limit ?)"
        + " select page.eff, page.key, page.tag, page.id, r.kind, r.dossier_id, r.version, r.deleted, r.fields::text, r.updated_at"
        + " from page left join record r on page.tag = 'a' and r.id = page.id order by page.eff, page.key";
    private static final String PAGE_BY_WALK = "with page as (select eff, key, tag, id from (" + CHANGED_BY_WALK + REST;
    private static final String PAGE_BY_DOSSIER = "with page as (select eff, key, tag, id from (" + CHANGED_BY_DOSSIER + REST;

    private final Db db;
    private final ConflictStore conflicts;
    private final AuditLog audit;

    public PullService(Db db, ConflictStore conflicts, AuditLog audit) {
        this.db = db;
        this.conflicts = conflicts;
        this.audit = audit;
    }

    public ObjectNode pull(Principal principal, String cursorText, String limitText) {
        PullCursor cursor = PullCursor.decode(cursorText)
            .orElseThrow(() -> ApiException.badRequest(ErrorCode.BAD_CURSOR, "The cursor is not one this server gave out."));
        int limit = limit(limitText);
        return db.snapshot(connection -> {
            long lastChange = lastChange(connection);
            if (cursor.seq() > lastChange) {
                // Only a restore makes the sequence go back (its numbers are never given out twice otherwise): the
                // client's cursor names changes this database no longer has, and it would skip every new change
                // until the sequence caught up. It starts its pull over instead (sync-server/README.md, Backups).
                throw new ApiException(ErrorCode.CURSOR_AHEAD, "The cursor is past this server's changes; pull from the start.");
            }
            String query = lastChange - cursor.seq() <= WALK_CHANGES ? PAGE_BY_WALK : PAGE_BY_DOSSIER;
            List<Item> items = page(connection, query, principal.userId(), cursor, limit + 1);
            boolean hasMore = items.size() > limit;
            List<Item> page = hasMore ? items.subList(0, limit) : items;
            ObjectNode response = Json.MAPPER.createObjectNode();
            response.put("schema", Json.SCHEMA);
            response.put("cursor", (page.isEmpty() ? cursor : page.get(page.size() - 1).place()).encode());
            response.put("hasMore", hasMore);
            ArrayNode recordList = response.putArray("records");
            List<UUID> conflictIds = new ArrayList<>();
            ArrayNode removed = Json.MAPPER.createArrayNode();
            Map<UUID, List<UUID>> readByDossier = new LinkedHashMap<>();
            for (Item item : page) {
                switch (item.tag()) {
                    case 'a' -> {
                        recordList.add(Payloads.record(item.record()));
                        readByDossier.computeIfAbsent(item.record().dossierId(), dossier -> new ArrayList<>()).add(item.id());
                    }
                    case 'b' -> conflictIds.add(item.id());
                    default -> removed.add(item.id().toString());
                }
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

    /** One item of a page: its place in the stream, what it is ('a' record, 'b' conflict, 'c' removal), and a record's row. */
    private record Item(PullCursor place, char tag, UUID id, StoredRecordText record) {
    }

    private static List<Item> page(Connection connection, String query, UUID userId, PullCursor after, int limit)
        throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            int index = 0;
            // records changed since their dossier's assignment
            select.setObject(++index, userId);
            select.setLong(++index, after.seq());
            index = keyset(select, index, after, limit);
            // records of dossiers assigned since the cursor
            select.setObject(++index, userId);
            select.setLong(++index, after.seq());
            index = keyset(select, index, after, limit);
            // conflicts: open ones, and on a later pull closed ones too
            select.setObject(++index, userId);
            select.setLong(++index, after.seq());
            select.setLong(++index, after.seq());
            index = keyset(select, index, after, limit);
            // dossiers that left the caseload, on a later pull
            select.setObject(++index, userId);
            select.setLong(++index, after.seq());
            index = keyset(select, index, after, limit);
            select.setInt(++index, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<Item> items = new ArrayList<>();
                while (rows.next()) {
                    char tag = rows.getString(3).charAt(0);
                    UUID id = rows.getObject(4, UUID.class);
                    StoredRecordText record = tag != 'a' ? null : new StoredRecordText(id, rows.getString(5),
                        rows.getObject(6, UUID.class), rows.getLong(7), rows.getBoolean(8), rows.getString(9),
                        rows.getTimestamp(10).toInstant());
                    items.add(new Item(new PullCursor(rows.getLong(1), rows.getString(2)), tag, id, record));
                }
                return items;
            }
        }
    }

    /** A branch's own keyset: its items after the cursor, at most the page's limit of them. */
    private static int keyset(PreparedStatement select, int index, PullCursor after, int limit) throws SQLException {
        select.setLong(index + 1, after.seq());
        select.setString(index + 2, after.key());
        select.setInt(index + 3, limit);
        return index + 3;
    }
}
