package nl.keukentafel.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 10, low item: a replayed refresh token ends the device's sessions, the thief's newest token included. */
class SessionEndTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServer.Reply refresh(String token) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("refreshToken", token);
        return server.send(HttpRequest.newBuilder(server.uri("/auth/refresh")).header("Content-Type", "application/json")
            .POST(TestServer.json(body)));
    }

    @Test
    void aReplayedRefreshTokenEndsTheDevicesSessions() {
        TestServer.Session stolen = server.userWithDossiers("gerda");
        TestServer.Reply first = refresh(stolen.refreshToken());
        assertThat(first.status()).isEqualTo(200);
        TestServer.Session newest = TestServer.session(first.body());

        assertThat(refresh(stolen.refreshToken()).status()).as("the replay").isEqualTo(401);

        assertThat(refresh(newest.refreshToken()).status()).as("the newest refresh token").isEqualTo(401);
        assertThat(server.get("/me/caseload", newest).status()).as("the newest access token").isEqualTo(401);
        assertThat(server.get("/me/caseload", server.login("gerda")).status()).as("logging in again").isEqualTo(200);
    }
}
