package nl.keukentafel.sync.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.keukentafel.sync.protocol.ErrorCode;
import nl.keukentafel.sync.server.Json;
import nl.keukentafel.sync.server.db.DatabaseException;
import nl.keukentafel.sync.server.db.Db;
import nl.keukentafel.sync.server.http.ApiException;

/** {@code GET /health}: up when the database answers; a load balancer's probe. Thread-safe. */
public final class HealthRoute {
    private final Db db;

    public HealthRoute(Db db) {
        this.db = db;
    }

    public ObjectNode check() {
        try {
            db.transaction(connection -> connection.createStatement().execute("select 1"));
        } catch (DatabaseException down) {
            throw new ApiException(ErrorCode.DATABASE_UNAVAILABLE, "The database does not answer.");
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("schema", Json.SCHEMA);
        body.put("minClientSchema", Json.MIN_CLIENT_SCHEMA);
        body.put("status", "ok");
        return body;
    }
}
