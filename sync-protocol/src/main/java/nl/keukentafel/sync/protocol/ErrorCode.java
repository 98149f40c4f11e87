package nl.keukentafel.sync.protocol;

import java.util.Optional;

/** {@code Error.code}: the stable code of an answer other than success, with the HTTP status it comes with. */
public enum ErrorCode {
    MALFORMED_JSON("malformed-json", 400),
    MALFORMED_REQUEST("malformed-request", 400),
    MALFORMED_BATCH("malformed-batch", 400),
    MALFORMED_GZIP("malformed-gzip", 400),
    MALFORMED_QUERY("malformed-query", 400),
    BATCH_TOO_LARGE("batch-too-large", 400),
    BAD_CURSOR("bad-cursor", 400),
    BAD_LIMIT("bad-limit", 400),
    BAD_STATUS("bad-status", 400),
    BAD_CLIENT_SCHEMA("bad-client-schema", 400),
    UNAUTHORIZED("unauthorized", 401),
    BAD_CREDENTIALS("bad-credentials", 401),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    TOO_LARGE("too-large", 413),
    UNSUPPORTED_ENCODING("unsupported-encoding", 415),
    /** The cursor is past the server's change sequence: the database was restored from a backup; pull from the start. */
    CURSOR_AHEAD("cursor-ahead", 409),
    CLIENT_TOO_OLD("client-too-old", 426),
    TOO_MANY_ATTEMPTS("too-many-attempts", 429),
    INTERNAL("internal", 500),
    DATABASE_UNAVAILABLE("database-unavailable", 503),
    BUSY("busy", 503);

    private final String code;
    private final int status;

    ErrorCode(String code, int status) {
        this.code = code;
        this.status = status;
    }

    /** The text on the wire. */
    public String code() {
        return code;
    }

    /** The HTTP status an answer with this code has. */
    public int status() {
        return status;
    }

    /** The code for a wire text; empty for null or a code this side does not know (a newer peer's). */
    public static Optional<ErrorCode> fromCode(String code) {
        return Codes.find(values(), ErrorCode::code, code);
    }
}
