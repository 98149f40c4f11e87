package nl.keukentafel.sync.protocol;

import java.util.Optional;

/** {@code PushResult.result}: what became of one push entry. */
public enum PushOutcome {
    /** No one else changed the record since the entry's base version. */
    APPLIED("applied"),
    /** Others changed other fields; both kept. */
    MERGED("merged"),
    /** The same field (or delete vs edit) changed differently: the server's value stays, both are kept in a conflict. */
    CONFLICT("conflict"),
    /** Kept in quarantine with a {@link RejectReason}. */
    REJECTED("rejected");

    private final String code;

    PushOutcome(String code) {
        this.code = code;
    }

    /** The text on the wire. */
    public String code() {
        return code;
    }

    /** The outcome for a wire text; empty for null or a code this side does not know (a newer peer's). */
    public static Optional<PushOutcome> fromCode(String code) {
        return Codes.find(values(), PushOutcome::code, code);
    }
}
