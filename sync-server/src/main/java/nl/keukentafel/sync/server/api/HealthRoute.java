package nl.keukentafel.sync.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import nl.keukentafel.sync.protocol.ErrorCode;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.db.DatabaseException;
import nl.keukentafel.sync.server.db.Db;
import nl.keukentafel.sync.server.http.ApiException;

/**
 * {@code GET /health}: up when the database answers; a load balancer's probe. Up at once while this instance's own
 * calls commit ({@link nl.keukentafel.sync.server.db.DatabaseHealth}), so the probe does not queue behind a busy pool;
 * otherwise (idle, or a connection was lost since the last commit) it asks the database with {@code select 1}, and
 * the balancer's check timeout bounds how long that may wait. Thread-safe.
 */
public final class HealthRoute {
    /** Calls committing this recently vouch for the database; HAProxy probes every 500 ms. */
    static final Duration RECENT = Duration.ofSeconds(1);

    private final Db db;

    public HealthRoute(Db db) {
        this.db = db;
    }

    public ObjectNode check() {
        if (!db.health().committedWithin(RECENT)) {
            probe();
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("schema", Json.SCHEMA);
        body.put("minClientSchema", Json.MIN_CLIENT_SCHEMA);
        body.put("status", "ok");
        return body;
    }

    private void probe() {
        try {
            db.transaction(connection -> connection.createStatement().execute("select 1"));
        } catch (DatabaseException down) {
            throw new ApiException(ErrorCode.DATABASE_UNAVAILABLE, "The database does not answer.");
        }
    }
}
