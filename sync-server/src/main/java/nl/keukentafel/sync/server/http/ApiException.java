package nl.keukentafel.sync.server.http;

import nl.keukentafel.sync.protocol.ErrorCode;

/**
 * An answer other than success: an HTTP status and a stable code, sent as {@code {code, message}}. Messages name
 * no personal data; they may carry ids. Immutable.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final long retryAfterSeconds;

    /** An answer with the code's HTTP status. */
    public ApiException(ErrorCode code, String message) {
        this(code, message, 0);
    }

    /** An answer that tells the client when to try again ({@code Retry-After}), e.g. 429. */
    public ApiException(ErrorCode code, String message, long retryAfterSeconds) {
        super(message);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A 400 answer; {@code code} is one of the 400 codes. */
    public static ApiException badRequest(ErrorCode code, String message) {
        if (code.status() != 400) {
            throw new IllegalArgumentException(code + " is not a 400 code");
        }
        return new ApiException(code, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(ErrorCode.UNAUTHORIZED, message);
    }

    /** Also for a dossier outside the caller's caseload: whether it exists is not for them to learn. */
    public static ApiException notFound() {
        return new ApiException(ErrorCode.NOT_FOUND, "No such resource.");
    }

    public int status() {
        return code.status();
    }

    /** The code as it goes on the wire. */
    public String code() {
        return code.code();
    }

    public ErrorCode errorCode() {
        return code;
    }

    /** Seconds for a {@code Retry-After} header; 0 for none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
