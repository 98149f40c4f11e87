package nl.keukentafel.sync.client;

import java.time.Duration;
import java.util.Optional;

/**
 * A sync call failed. {@link #kind()} says what the app should do; {@code code} is the server's error code
 * (never personal data). {@link #retryAfter()} carries the server's Retry-After when it sent one.
 */
public final class SyncException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, from the user's point of view. Each has a Dutch text in the app's bundle. */
    public enum Kind {
        /** No connection, a timeout, a cut connection: try again later. */
        UNREACHABLE,
        /** 5xx, 429 or a malformed answer: the server has trouble; try again later. */
        SERVER_TROUBLE,
        /** Credentials or tokens refused: log in again. */
        UNAUTHORIZED,
        /** 426: this app is too old for the server; update it. */
        CLIENT_TOO_OLD,
        /** 4xx for a request the client made wrongly: a bug; kept and reported. */
        REFUSED
    }

    private final Kind kind;
    private final int status;
    private final String code;
    private final transient Duration retryAfter;

    public SyncException(Kind kind, int status, String code, Duration retryAfter, Throwable cause) {
        super(kind + " (HTTP " + status + ", " + code + ")", cause);
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Worth retrying by itself later (as opposed to needing the user). */
    public boolean transientFailure() {
        return kind == Kind.UNREACHABLE || kind == Kind.SERVER_TROUBLE;
    }
}
