package nl.keukentafel.logic.sync;

/**
 * How a person resolved a conflict: keep the server's value, keep this vault's value, or type a new one.
 * Resolving writes a new version; the server keeps both earlier values in history. Immutable.
 */
public record Resolution(Choice choice, Object typedValue) {
    public enum Choice { KEEP_SERVER, KEEP_MINE, TYPED }

    public static Resolution keepServer() {
        return new Resolution(Choice.KEEP_SERVER, null);
    }

    public static Resolution keepMine() {
        return new Resolution(Choice.KEEP_MINE, null);
    }

    public static Resolution typed(Object value) {
        return new Resolution(Choice.TYPED, value);
    }

    /** A delete racing an edit, resolved by keeping the record: the side that did not delete it wins. */
    public static Resolution keepRecord(ConflictItem item) {
        return item.serverDeleted() ? keepMine() : keepServer();
    }

    /** A delete racing an edit, resolved by deleting the record: the side that deleted it wins. */
    public static Resolution deleteRecord(ConflictItem item) {
        return item.serverDeleted() ? keepServer() : keepMine();
    }
}
