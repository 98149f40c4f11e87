package nl.keukentafel.sync.server.http;

/**
 * An answer other than success: an HTTP status and a stable code, sent as {@code {code, message}}. Messages name
 * no personal data; they may carry ids. Immutable.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    public ApiException(int status, String code, String message) {
        this(status, code, message, 0);
    }

    /** An answer that tells the client when to try again ({@code Retry-After}), e.g. 429. */
    public ApiException(int status, String code, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    /** Also for a dossier outside the caller's caseload: whether it exists is not for them to learn. */
    public static ApiException notFound() {
        return new ApiException(404, "not-found", "No such resource.");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Seconds for a {@code Retry-After} header; 0 for none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
