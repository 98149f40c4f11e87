package nl.keukentafel.sync.server.http;

import java.util.Map;

/**
 * Time and count limits on connections, set as the JDK HTTP server's system properties (ADR 0006). The JDK reads
 * them once, when its first server is made, so {@link #applyDefaults} must run before that; a value given on the
 * command line ({@code -Dsun.net.httpserver.maxReqTime=...}) wins. Without them a connection that stops half-way
 * is held for ever. Stateless.
 */
public final class ConnectionLimits {
    /**
     * Seconds from a request's first byte until its body is read whole (and the idle limit of a new connection that
     * sends nothing); a 8 MiB push at 2 Mbit/s takes about 35 s.
     */
    public static final String MAX_REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";
    /** Seconds from the body read to the answer sent: the work of a big push plus writing a pull page. */
    public static final String MAX_RESPONSE_SECONDS = "sun.net.httpserver.maxRspTime";
    /** Seconds a kept-alive connection may sit between requests. */
    public static final String IDLE_SECONDS = "sun.net.httpserver.idleInterval";
    /** Open connections at most; beyond it the server stops accepting until some close. */
    public static final String MAX_CONNECTIONS = "jdk.httpserver.maxConnections";
    /** Kept-alive idle connections at most. */
    public static final String MAX_IDLE_CONNECTIONS = "sun.net.httpserver.maxIdleConnections";

    /** Milliseconds between the JDK's sweeps for idle connections; its default of 10 s lets silent ones live that much longer. */
    public static final String IDLE_SWEEP_MILLIS = "sun.net.httpserver.clockTick";

    private static final Map<String, String> DEFAULTS = Map.of(
        IDLE_SWEEP_MILLIS, "1000",
        MAX_REQUEST_SECONDS, "60",
        MAX_RESPONSE_SECONDS, "120",
        IDLE_SECONDS, "30",
        MAX_CONNECTIONS, "2000",
        MAX_IDLE_CONNECTIONS, "200",
        // Without TCP_NODELAY the JDK server waits ~40 ms (Nagle + delayed ACK) on every multi-packet answer;
        // measured in the sync benchmark: a 379 KB transfer took 881 ms without, 105 ms with.
        "sun.net.httpserver.nodelay", "true");

    private ConnectionLimits() {
    }

    /** Sets every limit that is not set yet. */
    public static synchronized void applyDefaults() {
        DEFAULTS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }

    /** The effective value of a limit in seconds or count; after {@link #applyDefaults}. */
    public static long effective(String name) {
        return Long.parseLong(System.getProperty(name, DEFAULTS.getOrDefault(name, "-1")).trim());
    }
}
