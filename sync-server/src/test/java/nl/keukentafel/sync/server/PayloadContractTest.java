package nl.keukentafel.sync.server;

import static nl.keukentafel.sync.server.Entries.batch;
import static nl.keukentafel.sync.server.Entries.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real answers of every operation, including conflicts and rejections, fit the schemas in openapi.yaml. */
class PayloadContractTest {
    private static final OpenApiSpec SPEC = OpenApiSpec.load();
    private static final SchemaCheck CHECK = new SchemaCheck(SPEC.document());
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode fits(String method, String path, TestServer.Reply reply) {
        JsonNode schema = CHECK.responseSchema(method, path, reply.status());
        assertThat(schema.isMissingNode()).as("%s %s has no schema for %s", method, path, reply.status()).isFalse();
        assertThat(CHECK.problems(reply.body(), schema)).as("%s %s %s", method, path, reply.status()).isEmpty();
        return reply.body();
    }

    @Test
    void everyOperationsAnswerFitsItsSchema() {
        UUID dossier = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        TestServer.Session first = server.userWithDossiers("schema-a", dossier);
        TestServer.Session second = server.userWithDossiers("schema-b", dossier);
        Entries firstClient = new Entries();
        Entries secondClient = new Entries();

        fits("GET", "/health", server.send(HttpRequest.newBuilder(server.uri("/health")).GET()));
        fits("POST", "/sync/push", server.post("/sync/push", first, batch(firstClient.create(member, dossier, "member",
            fields("city", "Ede")))));
        fits("POST", "/sync/push", server.post("/sync/push", first, batch(firstClient.update(member, dossier, 1, fields("city", "Epe")))));
        ObjectNode malformed = secondClient.update(member, dossier, 1, fields("city", "Elst"));
        malformed.put("op", "explode");
        JsonNode mixed = fits("POST", "/sync/push", server.post("/sync/push", second,
            batch(secondClient.update(member, dossier, 1, fields("city", "Elst")), malformed)));
        assertThat(mixed.get("results").get(0).get("result").asText()).isEqualTo("conflict");
        assertThat(mixed.get("results").get(1).get("result").asText()).isEqualTo("rejected");
        JsonNode page = fits("GET", "/sync/pull", server.get("/sync/pull", second));
        assertThat(page.get("conflicts")).hasSize(1);
        fits("GET", "/sync/quarantine", server.get("/sync/quarantine", second));
        fits("GET", "/me/caseload", server.get("/me/caseload", second));
        fits("GET", "/dossiers/{dossierId}/records", server.get("/dossiers/" + dossier + "/records", second));
        fits("GET", "/dossiers/{dossierId}/conflicts", server.get("/dossiers/" + dossier + "/conflicts?status=all", second));
        fits("GET", "/records/{recordId}/history", server.get("/records/" + member + "/history", second));
        fits("GET", "/records/{recordId}/history", server.get("/records/" + UUID.randomUUID() + "/history", second));
        fits("GET", "/sync/pull", server.get("/sync/pull", null));
        fits("GET", "/sync/pull", server.get("/sync/pull?cursor=bad", second));
        ObjectNode refresh = Json.MAPPER.createObjectNode();
        refresh.put("refreshToken", second.refreshToken());
        fits("POST", "/auth/refresh", server.send(HttpRequest.newBuilder(server.uri("/auth/refresh")).POST(TestServer.json(refresh))));
        fits("POST", "/auth/refresh", server.send(HttpRequest.newBuilder(server.uri("/auth/refresh")).POST(TestServer.json(refresh))));
    }

    @Test
    void theCheckerNoticesAWrongShape() throws Exception {
        JsonNode schema = CHECK.responseSchema("GET", "/sync/pull", 200);
        JsonNode wrong = Json.MAPPER.readTree("{\"schema\":1,\"cursor\":5,\"hasMore\":false,\"records\":[{\"id\":\"x\"}],"
            + "\"conflicts\":[],\"removed\":[]}");
        assertThat(CHECK.problems(wrong, schema)).anyMatch(problem -> problem.startsWith("$.cursor is not string"))
            .anyMatch(problem -> problem.equals("$.records[0] lacks required version"));
    }
}
