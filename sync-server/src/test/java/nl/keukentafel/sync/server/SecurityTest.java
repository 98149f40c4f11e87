package nl.keukentafel.sync.server;

import static nl.keukentafel.sync.server.Entries.batch;
import static nl.keukentafel.sync.server.Entries.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Authorisation on every operation in openapi.yaml: no token, a bad token and an expired token get 401; another
 * caseload's dossier gets 404 (or a rejected push entry) and leaks nothing. Plus login, refresh rotation and
 * device revocation.
 */
class SecurityTest {
    private static final OpenApiSpec SPEC = OpenApiSpec.load();
    private static TestServer server;
    private static UUID victimDossier;
    private static UUID victimRecord;

    @BeforeAll
    static void start() {
        server = new TestServer();
        victimDossier = UUID.randomUUID();
        victimRecord = UUID.randomUUID();
        TestServer.Session victim = server.userWithDossiers("victim", victimDossier);
        Entries client = new Entries();
        TestServer.Reply created = server.post("/sync/push", victim,
            batch(client.create(victimRecord, victimDossier, "member", fields("firstName", "Geheim"))));
        assertThat(created.body().get("results").get(0).get("result").asText()).isEqualTo("applied");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<OpenApiSpec.Operation> protectedOperations() {
        List<OpenApiSpec.Operation> operations = SPEC.operations().stream().filter(operation -> !operation.isPublic()).toList();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(7);
        return operations;
    }

    private static HttpRequest.Builder request(OpenApiSpec.Operation operation, String bearer) {
        String path = operation.path().replace("{dossierId}", victimDossier.toString()).replace("{recordId}", victimRecord.toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return switch (operation.method()) {
            case "GET" -> request.GET();
            case "POST" -> request.header("Content-Type", "application/json").POST(TestServer.json(body(operation)));
            default -> throw new AssertionError("no request made for " + operation.key() + " yet; add one");
        };
    }

    private static JsonNode body(OpenApiSpec.Operation operation) {
        if (operation.path().equals("/sync/push")) {
            return batch(new Entries().update(victimRecord, victimDossier, 1, fields("firstName", "Overschreven")));
        }
        throw new AssertionError("no body made for " + operation.key() + " yet; add one");
    }

    @Test
    void everyProtectedOperationWithoutATokenIs401() {
        for (OpenApiSpec.Operation operation : protectedOperations()) {
            TestServer.Reply reply = server.send(request(operation, null));
            assertThat(reply.status()).as(operation.key()).isEqualTo(401);
            assertThat(reply.code()).as(operation.key()).isEqualTo("unauthorized");
            assertThat(reply.raw().headers().firstValue("WWW-Authenticate")).as(operation.key()).hasValue("Bearer");
        }
    }

    @Test
    void everyProtectedOperationWithAnUnknownTokenIs401() {
        for (OpenApiSpec.Operation operation : protectedOperations()) {
            assertThat(server.send(request(operation, "not-a-token")).status()).as(operation.key()).isEqualTo(401);
        }
    }

    @Test
    void everyProtectedOperationWithAnExpiredTokenIs401() {
        TestServer.Session session = server.login("victim");
        assertThat(server.get("/me/caseload", session).status()).isEqualTo(200);
        server.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        for (OpenApiSpec.Operation operation : protectedOperations()) {
            assertThat(server.send(request(operation, session.accessToken())).status()).as(operation.key()).isEqualTo(401);
        }
    }

    @Test
    void everyProtectedOperationRefusesOrHidesAnotherCaseloadsDossier() {
        TestServer.Session intruder = server.userWithDossiers("intruder-" + UUID.randomUUID(), UUID.randomUUID());
        long deniedBefore = server.count("select count(*) from audit_log where result in ('denied', 'rejected') and user_id = '"
            + intruder.userId() + "'");
        for (OpenApiSpec.Operation operation : protectedOperations()) {
            TestServer.Reply reply = server.send(request(operation, intruder.accessToken()));
            if (operation.path().contains("{")) {
                assertThat(reply.status()).as(operation.key()).isEqualTo(404);
                assertThat(reply.code()).as(operation.key()).isEqualTo("not-found");
            } else {
                assertThat(reply.status()).as(operation.key()).isEqualTo(200);
            }
            String text = reply.body().toString();
            assertThat(text).as(operation.key()).doesNotContain("Geheim");
            if (operation.path().equals("/sync/quarantine")) {
                // Only what the intruder sent itself comes back: its own refused push entry.
                reply.body().get("entries").forEach(entry -> assertThat(entry.get("reason").asText()).isEqualTo("left-caseload"));
            } else if (!operation.path().equals("/sync/push")) {
                assertThat(text).as(operation.key()).doesNotContain(victimDossier.toString()).doesNotContain(victimRecord.toString());
            } else {
                JsonNode result = reply.body().get("results").get(0);
                assertThat(result.get("result").asText()).isEqualTo("rejected");
                assertThat(result.get("reason").asText()).isEqualTo("left-caseload");
            }
        }
        TestServer.Reply after = server.get("/dossiers/" + victimDossier + "/records", server.login("victim"));
        assertThat(after.body().get("records").get(0).get("fields").get("firstName").asText()).isEqualTo("Geheim");
        assertThat(server.count("select count(*) from audit_log where result in ('denied', 'rejected') and user_id = '"
            + intruder.userId() + "'")).isGreaterThan(deniedBefore);
    }

    @Test
    void anUnknownDossierIsTheSame404AsAForeignOne() {
        TestServer.Session session = server.login("victim");
        TestServer.Reply unknown = server.get("/dossiers/" + UUID.randomUUID() + "/records", session);
        TestServer.Reply notAnId = server.get("/dossiers/not-a-uuid/records", session);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo(notAnId.body());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        ObjectNode wrong = login("victim", "wrong");
        ObjectNode unknown = login("nobody", "wrong");
        TestServer.Reply first = server.send(post("/auth/login", wrong));
        TestServer.Reply second = server.send(post("/auth/login", unknown));
        assertThat(first.status()).isEqualTo(401);
        assertThat(second.status()).isEqualTo(401);
        assertThat(first.body()).isEqualTo(second.body());
        assertThat(first.code()).isEqualTo("bad-credentials");
    }

    @Test
    void passwordGuessingIsSlowedPerAccountWithRetryAfter() {
        server.admin.createUser("guessed", TestServer.PASSWORD.toCharArray());
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(server.send(post("/auth/login", login("guessed", "guess " + attempt))).status()).isEqualTo(401);
        }
        ObjectNode right = login("guessed", TestServer.PASSWORD);
        TestServer.Reply blocked = server.send(post("/auth/login", right));
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.code()).isEqualTo("too-many-attempts");
        assertThat(blocked.raw().headers().firstValue("Retry-After")).hasValue("900");

        server.clock.advance(Duration.ofMinutes(16));
        assertThat(server.send(post("/auth/login", right)).status()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenRotatesAndWorksOnlyOnce() {
        TestServer.Session session = server.login("victim");
        TestServer.Reply refreshed = server.send(post("/auth/refresh", refresh(session.refreshToken())));
        assertThat(refreshed.status()).isEqualTo(200);
        TestServer.Session next = TestServer.session(refreshed.body());
        assertThat(next.deviceId()).isEqualTo(session.deviceId());
        assertThat(server.get("/me/caseload", next).status()).isEqualTo(200);

        assertThat(server.send(post("/auth/refresh", refresh(next.refreshToken()))).status()).isEqualTo(200);
        // A used token is refused; a replay also ends the device's sessions (SessionEndTest).
        assertThat(server.send(post("/auth/refresh", refresh(session.refreshToken()))).status()).isEqualTo(401);
    }

    @Test
    void aRefreshTokenOutlivesALongOfflinePeriodButNotNinetyDays() {
        TestServer.Session session = server.login("victim");
        server.clock.advance(Duration.ofDays(30));
        TestServer.Reply refreshed = server.send(post("/auth/refresh", refresh(session.refreshToken())));
        assertThat(refreshed.status()).isEqualTo(200);
        server.clock.advance(Duration.ofDays(91));
        assertThat(server.send(post("/auth/refresh", refresh(refreshed.body().get("refreshToken").asText()))).status()).isEqualTo(401);
    }

    @Test
    void aRevokedDeviceCanNeitherRefreshNorCall() {
        TestServer.Session lost = server.login("victim");
        TestServer.Session other = server.login("victim");
        assertThat(server.admin.revokeDevice(lost.deviceId())).isTrue();

        assertThat(server.send(post("/auth/refresh", refresh(lost.refreshToken()))).status()).isEqualTo(401);
        assertThat(server.get("/me/caseload", lost).status()).isEqualTo(401);
        assertThat(server.get("/me/caseload", other).status()).as("other devices of the user keep working").isEqualTo(200);
        assertThat(server.admin.devices("victim")).filteredOn(device -> device.id().equals(lost.deviceId()))
            .allMatch(device -> device.revokedAt().isPresent());
    }

    private static HttpRequest.Builder post(String path, JsonNode body) {
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json").POST(TestServer.json(body));
    }

    private static ObjectNode login(String username, String password) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("username", username);
        body.put("password", password);
        body.put("deviceName", "test");
        return body;
    }

    private static ObjectNode refresh(String token) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("refreshToken", token);
        return body;
    }
}
