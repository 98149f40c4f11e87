package nl.keukentafel.sync.server.sync;

import java.util.Optional;

/** What a push entry does to its record; the same four operations the vault's outbox writes. Immutable. */
public enum Op {
    CREATE, UPDATE, DELETE, RESTORE;

    public static Optional<Op> parse(String text) {
        for (Op op : values()) {
            if (op.code().equals(text)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
