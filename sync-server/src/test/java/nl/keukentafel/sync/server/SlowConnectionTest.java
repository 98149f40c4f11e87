package nl.keukentafel.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.sync.server.http.ConnectionLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 11: connections that stop half-way are closed after the request time limit, and the server answers
 * others meanwhile. The test JVM runs with {@code sun.net.httpserver.maxReqTime=3} (sync-server/pom.xml); in
 * production it is 60 s (ConnectionLimits). {@code -Dkeukentafel.slowConnections=N} changes the count (default 200).
 */
class SlowConnectionTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void stalledConnectionsAreClosedAfterTheRequestTimeAndHealthAnswersMeanwhile() {
        long limitSeconds = ConnectionLimits.effective(ConnectionLimits.MAX_REQUEST_SECONDS);
        assertThat(limitSeconds).as("this test needs a short request limit").isBetween(1L, 10L);
        int count = Integer.getInteger("keukentafel.slowConnections", 200);
        List<RawConnection> stalled = new ArrayList<>();
        try {
            for (int index = 0; index < count; index++) {
                RawConnection connection = new RawConnection(server.server.baseUri());
                switch (index % 3) {
                    case 0 -> { } // connects and sends nothing
                    case 1 -> connection.sendBytes("POST /auth/login HTTP/1.1\r\nHost: 127".getBytes()); // half a header
                    default -> connection.sendHead("POST", "/auth/login", 4000, null).sendBytes("{\"user".getBytes()); // half a body
                }
                stalled.add(connection);
            }
            long before = System.nanoTime();
            TestServer.Reply health = server.send(HttpRequest.newBuilder(server.uri("/health")).GET());
            assertThat(health.status()).isEqualTo(200);
            assertThat((System.nanoTime() - before) / 1_000_000).as("/health with %s stalled connections", count).isLessThan(1_000);

            long waitMillis = (limitSeconds + 3) * 1000;
            int closed = 0;
            long deadline = System.nanoTime() + waitMillis * 1_000_000;
            for (RawConnection connection : stalled) {
                int left = (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                closed += connection.closedByServer(left) ? 1 : 0;
            }
            assertThat(closed).as("stalled connections closed by the server").isEqualTo(count);
        } finally {
            stalled.forEach(RawConnection::close);
        }
        long before = System.nanoTime();
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/health")).GET()).status()).isEqualTo(200);
        assertThat((System.nanoTime() - before) / 1_000_000).isLessThan(1_000);
    }
}
