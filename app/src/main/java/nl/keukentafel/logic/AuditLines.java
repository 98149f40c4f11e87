package nl.keukentafel.logic;

import java.util.List;
import nl.keukentafel.store.AuditLog;

/**
 * Which audit rows the Logboek shows. Every row stays in the vault; on screen, an edit is one line: the row that
 * says a change was sent to the server and plainly taken over ({@code sync-send}, "update applied") only repeats
 * the edit's own row, so it is left out. A send that merged, conflicted or was refused stays: that is news.
 * Stateless and thread-safe.
 */
public final class AuditLines {
    static final String SENT = "sync-send";
    private static final String APPLIED = "applied";

    private AuditLines() {
    }

    public static List<AuditLog.Entry> forScreen(List<AuditLog.Entry> rows) {
        return rows.stream().filter(row -> !plainlySent(row)).toList();
    }

    static boolean plainlySent(AuditLog.Entry row) {
        if (!SENT.equals(row.action()) || !"ok".equals(row.result()) || row.detail() == null) {
            return false;
        }
        String[] words = row.detail().strip().split("\\s+");
        return words.length == 2 && APPLIED.equals(words[1]);
    }
}
