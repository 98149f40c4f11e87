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
}
