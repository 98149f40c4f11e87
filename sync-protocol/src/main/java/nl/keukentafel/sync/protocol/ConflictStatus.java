package nl.keukentafel.sync.protocol;

import java.util.Optional;

/** {@code Conflict.status}: a conflict kept by the server is open until an entry resolves it (ADR 0002). */
public enum ConflictStatus {
    OPEN("open"),
    RESOLVED("resolved");

    private final String code;

    ConflictStatus(String code) {
        this.code = code;
    }

    /** The text on the wire. */
    public String code() {
        return code;
    }

    /** The status for a wire text; empty for null or a code this side does not know (a newer peer's). */
    public static Optional<ConflictStatus> fromCode(String code) {
        return Codes.find(values(), ConflictStatus::code, code);
    }
}
