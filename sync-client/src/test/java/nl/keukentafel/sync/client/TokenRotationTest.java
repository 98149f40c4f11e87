package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 10 item 7: the server rotates the refresh token on use; a vault locked while that exchange is on its way must
 * still keep the new token, or the next unlock finds itself logged out.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TokenRotationTest {
    private HttpServer server;
    private final CountDownLatch refreshAsked = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/auth/refresh", exchange -> {
            exchange.getRequestBody().readAllBytes();
            refreshAsked.countDown();
            try {
                // The server has rotated the token by now; its answer is still on the way when the vault is locked.
                Thread.sleep(700);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "{\"accessToken\":\"a\",\"expiresIn\":900,\"refreshToken\":\"rotated\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aTokenRotatedWhileTheLoopClosesIsStillStored() throws Exception {
        MemoryReplica replica = new MemoryReplica();
        SyncApi api = new SyncApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
        SyncEngine engine = new SyncEngine(api, replica, Clock.systemUTC(), status -> { });
        SyncLoop loop = new SyncLoop(engine, Duration.ofHours(1), Clock.systemUTC(), status -> { },
                RandomGenerator.of("L64X128MixRandom"));
        loop.syncNow();
        assertThat(refreshAsked.await(10, TimeUnit.SECONDS)).isTrue();
        loop.close();
        assertThat(replica.refreshToken).isEqualTo("rotated");
    }
}
