package nl.keukentafel.sync.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.keukentafel.sync.protocol.ErrorCode;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.auth.Principal;
import nl.keukentafel.sync.server.db.DatabaseException;
import nl.keukentafel.sync.server.db.DatabaseHealth;

/**
 * Every call passes here: client-schema check (426), routing (404/405), body inflation (gzip), bearer-token check
 * (401) for all but the public routes, then the route; answers are JSON, gzipped when the client accepts it, and
 * every error is {@code {code, message}}. Thread-safe: routes and the authenticator are.
 */
public final class ApiHandler implements HttpHandler {
    public static final String CLIENT_SCHEMA_HEADER = "X-Keukentafel-Client-Schema";
    public static final String SERVER_SCHEMA_HEADER = "X-Keukentafel-Server-Schema";
    private static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

    private final List<Route> routes;
    private final Function<String, Principal> authenticator;
    private final BodyBudget bodies;
    private final Runnable onOutOfMemory;

    /**
     * @param onOutOfMemory what to do after an OutOfMemoryError; the server passes {@link FatalError#haltProcess}, since
     *     a JVM past one may have lost threads it needs (the JDK server's dispatcher) and would stay alive but deaf
     */
    public ApiHandler(List<Route> routes, Function<String, Principal> authenticator, BodyBudget bodies, Runnable onOutOfMemory) {
        this.routes = List.copyOf(routes);
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.onOutOfMemory = onOutOfMemory;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange; BodyBudget.Reservation reservation = bodies.open()) {
            int status = 200;
            JsonNode body;
            try {
                body = dispatch(exchange, reservation);
            } catch (OutOfMemoryError exhausted) {
                onOutOfMemory.run();
                throw exhausted;
            } catch (ApiException refused) {
                status = refused.status();
                body = error(refused.errorCode(), refused.getMessage());
                if (status == 401) {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                }
                if (refused.retryAfterSeconds() > 0) {
                    exchange.getResponseHeaders().set("Retry-After", Long.toString(refused.retryAfterSeconds()));
                }
            } catch (DatabaseException failure) {
                // Both are worth a retry; an unreachable database is also worth telling the client to wait.
                boolean unreachable = isUnreachable(failure);
                LOG.log(Level.SEVERE, "database failure on " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + ": " + failure.getMessage() + causes(failure));
                ErrorCode code = unreachable ? ErrorCode.DATABASE_UNAVAILABLE : ErrorCode.INTERNAL;
                status = code.status();
                body = unreachable ? error(code, "The database does not answer; nothing was changed. Try again later.")
                    : error(code, "The server failed; nothing was changed. Try again later.");
                if (unreachable) {
                    exchange.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                }
            } catch (RuntimeException failure) {
                // The cause's message may quote SQL values; only its type goes to the log.
                LOG.log(Level.SEVERE, "internal error on " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + ": " + failure.getClass().getName() + causes(failure));
                status = ErrorCode.INTERNAL.status();
                body = error(ErrorCode.INTERNAL, "The server failed; nothing was changed by the failed part. Try again later.");
            }
            respond(exchange, status, body);
        }
    }

    private JsonNode dispatch(HttpExchange exchange, BodyBudget.Reservation reservation) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path == null || path.isEmpty() || path.startsWith("//")) {
            throw ApiException.notFound();
        }
        String method = exchange.getRequestMethod();
        if (!"/health".equals(path)) {
            checkClientSchema(exchange.getRequestHeaders().getFirst(CLIENT_SCHEMA_HEADER));
        }
        List<Map.Entry<Route, Map<String, String>>> fitting = routes.stream()
            .map(route -> route.match(path).map(parameters -> Map.entry(route, parameters)))
            .flatMap(Optional::stream).toList();
        if (fitting.isEmpty()) {
            throw ApiException.notFound();
        }
        Map.Entry<Route, Map<String, String>> chosen = fitting.stream().filter(candidate -> candidate.getKey().method().equals(method))
            .findFirst().orElse(null);
        if (chosen == null) {
            exchange.getResponseHeaders().set("Allow", fitting.stream().map(candidate -> candidate.getKey().method())
                .collect(Collectors.joining(", ")));
            throw new ApiException(ErrorCode.METHOD_NOT_ALLOWED, "Method " + method + " is not allowed here.");
        }
        Route route = chosen.getKey();
        Optional<Principal> principal = route.isPublic() ? Optional.empty()
            : Optional.of(authenticator.apply(bearer(exchange.getRequestHeaders())));
        Wire.checkDeclaredLength(exchange.getRequestHeaders().getFirst("Content-Length"), route.maxBodyBytes());
        byte[] requestBody;
        try {
            requestBody = Wire.readBody(exchange.getRequestBody(), exchange.getRequestHeaders().getFirst("Content-Encoding"),
                route.maxBodyBytes(), reservation);
        } catch (java.util.zip.ZipException | java.io.EOFException corrupt) {
            throw ApiException.badRequest(ErrorCode.MALFORMED_GZIP, "The gzip body could not be inflated.");
        }
        return route.handler().handle(new ApiRequest(chosen.getValue(), Wire.query(exchange.getRequestURI().getRawQuery()),
            requestBody, principal, source(exchange)));
    }

    private static String source(HttpExchange exchange) {
        java.net.InetSocketAddress remote = exchange.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static void checkClientSchema(String header) {
        if (header == null) {
            return;
        }
        int schema;
        try {
            schema = Integer.parseInt(header.trim());
        } catch (NumberFormatException unreadable) {
            throw ApiException.badRequest(ErrorCode.BAD_CLIENT_SCHEMA, CLIENT_SCHEMA_HEADER + " must be a whole number.");
        }
        if (schema < Json.MIN_CLIENT_SCHEMA) {
            throw new ApiException(ErrorCode.CLIENT_TOO_OLD,
                "This app is older than the server supports (schema " + schema + " < " + Json.MIN_CLIENT_SCHEMA + "); update the app.");
        }
    }

    private static String bearer(Headers headers) {
        String authorization = headers.getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() <= 7) {
            throw ApiException.unauthorized("A bearer access token is required.");
        }
        return authorization.substring(7).trim();
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        headers.set(SERVER_SCHEMA_HEADER, Integer.toString(Json.SCHEMA));
        headers.set("Vary", "Accept-Encoding");
        if (bytes.length >= Wire.GZIP_THRESHOLD && Wire.acceptsGzip(exchange.getRequestHeaders().getFirst("Accept-Encoding"))) {
            bytes = Wire.gzip(bytes);
            headers.set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode error(ErrorCode code, String message) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("code", code.code());
        node.put("message", message);
        return node;
    }

    private static boolean isUnreachable(Throwable failure) {
        return DatabaseHealth.isConnectionFailure(failure);
    }

    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            chain.append(" <- ").append(cause.getClass().getName());
            if (cause instanceof java.sql.SQLException sql) {
                chain.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
        }
        return chain.toString();
    }
}
