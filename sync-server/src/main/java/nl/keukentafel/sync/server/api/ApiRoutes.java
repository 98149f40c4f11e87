package nl.keukentafel.sync.server.api;

import java.util.List;
import nl.keukentafel.sync.server.http.Route;
import nl.keukentafel.sync.server.sync.PullService;
import nl.keukentafel.sync.server.sync.PushService;
import nl.keukentafel.sync.server.sync.ReadService;

/** Every route the server answers; {@code docs/api/openapi.yaml} describes exactly these. Stateless. */
public final class ApiRoutes {

    /** Name, password (at most 1024 characters, up to 4 bytes each) and device name, with room. */
    public static final int AUTH_BODY_BYTES = 8 * 1024;
    /** A push batch is about 1 MiB (ADR 0002); one record may be up to 1 MiB; this leaves room for a full batch of those
     * edge cases and still bounds memory per call. */
    public static final int PUSH_BODY_BYTES = 8 * 1024 * 1024;

    private ApiRoutes() {
    }

    public static List<Route> all(HealthRoute health, AuthRoutes auth, PushService push, PullService pull, ReadService reads) {
        return List.of(
            new Route("GET", "/health", true, request -> health.check()),
            new Route("POST", "/auth/login", true, AUTH_BODY_BYTES, auth::login),
            new Route("POST", "/auth/refresh", true, AUTH_BODY_BYTES, auth::refresh),
            new Route("POST", "/sync/push", false, PUSH_BODY_BYTES, request -> push.push(request.caller(), request.json())),
            new Route("GET", "/sync/pull", false,
                request -> pull.pull(request.caller(), request.queryParameter("cursor"), request.queryParameter("limit"))),
            new Route("GET", "/sync/quarantine", false, request -> reads.quarantine(request.caller())),
            new Route("GET", "/me/caseload", false, request -> reads.caseload(request.caller())),
            new Route("GET", "/dossiers/{dossierId}/records", false,
                request -> reads.dossier(request.caller(), request.pathParameter("dossierId"))),
            new Route("GET", "/dossiers/{dossierId}/conflicts", false,
                request -> reads.conflicts(request.caller(), request.pathParameter("dossierId"), request.queryParameter("status"))),
            new Route("GET", "/records/{recordId}/history", false,
                request -> reads.history(request.caller(), request.pathParameter("recordId"))));
    }
}
