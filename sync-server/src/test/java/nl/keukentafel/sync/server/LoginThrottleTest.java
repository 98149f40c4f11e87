package nl.keukentafel.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 6: password guessing is slowed per address and per name tried, an attacker cannot lock the owner
 * out of her own known address, and unknown names get exactly the answers known ones get. Clients on different
 * loopback addresses (127.0.0.x) stand for different machines.
 */
class LoginThrottleTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An answer's status and body text, and how long it took. */
    private record Answer(int status, String body, String retryAfter, long nanos) {
    }

    private static Answer login(String fromAddress, String username, String password) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("username", username);
        body.put("password", password);
        body.put("deviceName", "test");
        try (HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(fromAddress)).build()) {
            long started = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/auth/login"))
                .header("Content-Type", "application/json").POST(TestServer.json(body)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(""),
                System.nanoTime() - started);
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void theOwnerStillLogsInFromAKnownAddressWhileGuessingLocksStrangersOut() throws Exception {
        server.admin.createUser("sanne", TestServer.PASSWORD.toCharArray());
        Answer first = login("127.0.0.1", "sanne", TestServer.PASSWORD);
        assertThat(first.status()).isEqualTo(200);
        String refreshToken = Json.MAPPER.readTree(first.body()).get("refreshToken").asText();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(login("127.0.0.2", "sanne", "guess " + attempt).status()).isEqualTo(401);
        }
        assertThat(login("127.0.0.2", "sanne", TestServer.PASSWORD).status()).as("the guesser, even with the password").isEqualTo(429);
        assertThat(login("127.0.0.5", "sanne", TestServer.PASSWORD).status()).as("another stranger").isEqualTo(429);
        assertThat(login("127.0.0.1", "sanne", TestServer.PASSWORD).status()).as("the owner from her known address").isEqualTo(200);
        ObjectNode refresh = Json.MAPPER.createObjectNode().put("refreshToken", refreshToken);
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/auth/refresh")).header("Content-Type", "application/json")
            .POST(TestServer.json(refresh))).status()).as("her laptop's refresh token").isEqualTo(200);
    }

    @Test
    void unknownNamesGetTheSameAnswersAsKnownOnesAllTheWayToTheLimit() {
        server.admin.createUser("bestaat", TestServer.PASSWORD.toCharArray());
        List<Long> knownNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            Answer known = login("127.0.0.3", "bestaat", "guess " + attempt);
            Answer unknown = login("127.0.0.3", "bestaat-niet", "guess " + attempt);
            assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(401);
            assertThat(unknown.body()).isEqualTo(known.body());
            knownNanos.add(known.nanos());
            unknownNanos.add(unknown.nanos());
        }
        Answer known = login("127.0.0.3", "bestaat", "guess");
        Answer unknown = login("127.0.0.3", "bestaat-niet", "guess");
        assertThat(known.status()).isEqualTo(429);
        assertThat(unknown.status()).isEqualTo(429);
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(unknown.retryAfter()).isEqualTo(known.retryAfter()).isEqualTo("900");
        // Both run the password hash; a generous bound, as timings on a shared machine jitter.
        assertThat(Math.abs(median(knownNanos) - median(unknownNanos)) / 1_000_000).isLessThan(100);
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedToo() {
        for (int attempt = 0; attempt < 50; attempt++) {
            assertThat(login("127.0.0.4", "name-" + attempt, "guess").status()).isEqualTo(401);
        }
        assertThat(login("127.0.0.4", "yet-another-name", "guess").status()).isEqualTo(429);
        assertThat(login("127.0.0.6", "yet-another-name", "guess").status()).as("other addresses are not affected").isEqualTo(401);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
