package nl.keukentafel.sync.protocol;

import java.util.Optional;

/**
 * {@code PushResult.reason}: why an entry was {@code rejected}. A client shows a code it does not know as it came
 * ({@link #fromCode} is empty then), so a newer server's reason still reaches the user.
 */
public enum RejectReason {
    /** The envelope is not a push entry (ids, op, kind, baseVersion, fields, resolves). */
    MALFORMED("malformed"),
    /** The entry's schema is outside what the server serves. */
    UNKNOWN_SCHEMA("unknown-schema"),
    /** The dossier is not (or no longer) in the caller's caseload. */
    LEFT_CASELOAD("left-caseload"),
    /** No such record (also for a record in another dossier), or a create that resolves conflicts. */
    UNKNOWN_RECORD("unknown-record"),
    /** Said by servers before issue 10 for a record in another dossier; now {@link #UNKNOWN_RECORD}. */
    DOSSIER_MISMATCH("dossier-mismatch"),
    /** The record exists with another kind. */
    KIND_MISMATCH("kind-mismatch"),
    /** The entry's base version is newer than the record's. */
    UNKNOWN_BASE_VERSION("unknown-base-version"),
    /** The entry resolves conflicts that are not its record's. */
    BAD_RESOLVES("bad-resolves"),
    /** The (clientId, clientSeq) pair was used by another user. */
    CLIENT_ID_TAKEN("client-id-taken"),
    /** A text or field name holds U+0000, which the database cannot store. */
    UNSTORABLE_TEXT("unstorable-text"),
    /** The record's fields are over 1 MiB as JSON. */
    RECORD_TOO_LARGE("record-too-large"),
    /** A known field of a known kind has a value of the wrong type or outside its enum. */
    INVALID_RECORD("invalid-record"),
    /** The record is an agreed version and is never changed or deleted afterwards. */
    FROZEN("frozen");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    /** The text on the wire. */
    public String code() {
        return code;
    }

    /** The reason for a wire text; empty for null or a code this side does not know (a newer peer's). */
    public static Optional<RejectReason> fromCode(String code) {
        return Codes.find(values(), RejectReason::code, code);
    }
}
