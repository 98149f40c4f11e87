package nl.keukentafel.faults;

import java.time.Duration;

/**
 * What the {@link FaultProxy} does to one HTTP request. Immutable.
 *
 * @param kind what goes wrong
 * @param delay how long the proxy waits before forwarding (only for {@link Kind#DELAY})
 */
public record Fault(Kind kind, Duration delay) {
    /** The ways a network and a troubled server fail a client. */
    public enum Kind {
        /** Forward and answer faithfully. */
        NONE,
        /** Forward; send the headers and half the body, then close the connection. */
        CUT_MID_RESPONSE,
        /** Forward (the server processes it), then close the connection without any answer. */
        DROP_RESPONSE,
        /** Forward the same request twice; answer with the second reply. */
        DUPLICATE,
        /** Wait, then forward. */
        DELAY,
        /** Answer 500 without forwarding. */
        SERVER_ERROR,
        /** Answer 503 with Retry-After: 1 without forwarding. */
        UNAVAILABLE,
        /** Forward (the server processes it), then answer 200 with a body that is not JSON. */
        MALFORMED_JSON,
        /** Answer 200 with a truncated JSON object without forwarding. */
        MALFORMED_JSON_UNSENT
    }

    public static final Fault NONE = of(Kind.NONE);

    public static Fault of(Kind kind) {
        return new Fault(kind, Duration.ZERO);
    }

    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, delay);
    }
}
