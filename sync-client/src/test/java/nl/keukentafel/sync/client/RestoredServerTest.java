package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server restored from a backup has a change sequence behind the client's cursor and answers 409
 * {@code cursor-ahead}: the client pulls again from the start in the same round (what it already has newer stays,
 * the store ignores older versions), instead of failing every round or skipping changes until the sequence catches up.
 */
class RestoredServerTest {
    private static final String TOKENS = "{\"accessToken\":\"a\",\"expiresIn\":900,\"refreshToken\":\"refresh-2\"}";
    private static final String AHEAD = "{\"code\":\"cursor-ahead\",\"message\":\"pull from the start\"}";

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile boolean alwaysAhead;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/auth/refresh", exchange -> send(exchange, 200, TOKENS));
        server.createContext("/sync/pull", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            asked.add(query);
            if (alwaysAhead || query.contains("cursor=")) {
                send(exchange, 409, AHEAD);
            } else {
                send(exchange, 200, "{\"schema\":1,\"cursor\":\"1:5:a\",\"hasMore\":false,\"records\":[],\"conflicts\":[],\"removed\":[]}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aCursorPastTheRestoredSequenceStartsThePullOver() throws Exception {
        MemoryReplica replica = new MemoryReplica();
        replica.cursor = "1:90000:azz";
        engine(replica).runRound();
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0)).contains("cursor=");
        assertThat(asked.get(1)).doesNotContain("cursor=");
        assertThat(replica.cursor).isEqualTo("1:5:a");
    }

    @Test
    void aServerThatSaysAheadEvenFromTheStartFailsTheRoundInsteadOfLooping() {
        alwaysAhead = true;
        MemoryReplica replica = new MemoryReplica();
        replica.cursor = "1:90000:azz";
        assertThatThrownBy(() -> engine(replica).runRound()).isInstanceOf(SyncException.class);
        assertThat(asked).hasSize(2);
    }

    private SyncEngine engine(MemoryReplica replica) {
        return LoopbackStub.engine(server, replica);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        LoopbackStub.send(exchange, status, body);
    }
}
