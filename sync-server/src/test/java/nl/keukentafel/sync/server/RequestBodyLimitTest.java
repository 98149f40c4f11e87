package nl.keukentafel.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.keukentafel.sync.server.api.ApiRoutes;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.http.ApiHandler;
import nl.keukentafel.sync.server.http.BodyBudget;
import nl.keukentafel.sync.server.http.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 1: unauthenticated memory exhaustion through request bodies. Bodies are bounded per route (after
 * inflation), all bodies together are bounded by a byte budget (503 when full), and an OutOfMemoryError ends the
 * process instead of leaving it deaf.
 */
class RequestBodyLimitTest {
    private static final int BUDGET_BYTES = 64 * 1024;
    private static TestServer server;
    private static BodyBudget budget;
    private static SyncServer tightServer;

    @BeforeAll
    static void start() {
        server = new TestServer();
        budget = new BodyBudget(BUDGET_BYTES);
        tightServer = SyncServer.start(ServerSettings.loopback(0), server.database.db(), new PasswordHasher(PasswordHasher.FAST_FOR_TESTS),
            server.clock, budget);
    }

    @AfterAll
    static void stop() {
        tightServer.close();
        server.close();
    }

    @Test
    void aGzipBombToLoginIsRefusedWhenItsInflationPassesTheLoginLimit() {
        // ~8 KB on the wire, 8 MB inflated: the old server inflated all of it into memory before looking.
        byte[] inflated = new byte[8 * 1024 * 1024];
        Arrays.fill(inflated, (byte) ' ');
        byte[] bomb = RawConnection.gzip(inflated);
        assertThat(bomb.length).isLessThan(ApiRoutes.AUTH_BODY_BYTES + 1024);
        long started = System.nanoTime();
        TestServer.Reply reply = server.send(HttpRequest.newBuilder(server.uri("/auth/login"))
            .header("Content-Encoding", "gzip").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bomb)));
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("too-large");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aDeclaredLengthOverTheRouteLimitIsRefusedBeforeTheBodyIsSent() {
        try (RawConnection connection = new RawConnection(server.server.baseUri())) {
            connection.sendHead("POST", "/auth/login", 8L * 1024 * 1024, "gzip");
            assertThat(connection.readStatus()).isEqualTo(413);
        }
    }

    @Test
    void heldOpenBodiesFillTheBudgetAndLaterOnesGet503UntilTheyAreGone() {
        List<RawConnection> held = new ArrayList<>();
        try {
            // Each claims 8000 bytes, sends 4000 and waits: the server holds what it read while it waits for the rest.
            byte[] half = new byte[4000];
            Arrays.fill(half, (byte) ' ');
            for (int index = 0; index < 40; index++) {
                held.add(new RawConnection(tightServer.baseUri()).sendHead("POST", "/auth/login", 8000, null).sendBytes(half));
            }
            awaitHeld(BUDGET_BYTES - 16 * 1024);
            assertThat(budget.heldBytes()).isLessThanOrEqualTo(BUDGET_BYTES);
            int refused = 0;
            for (RawConnection connection : held) {
                refused += connection.readStatus(200) == 503 ? 1 : 0;
            }
            // 40 x 8000 bytes wanted, 64 KiB allowed: at most 8 fit, the rest are told to come back later.
            assertThat(refused).isGreaterThanOrEqualTo(40 - BUDGET_BYTES / 8000);
        } finally {
            held.forEach(RawConnection::close);
        }
        awaitHeld(0);
        TestServer.Reply health = server.send(HttpRequest.newBuilder(tightServer.baseUri().resolve("/health")).GET());
        assertThat(health.status()).isEqualTo(200);
    }

    @Test
    void anOutOfMemoryErrorInAHandlerEndsTheProcess() throws Exception {
        AtomicInteger halts = new AtomicInteger();
        Route exhausting = new Route("GET", "/exhaust", true, request -> {
            throw new OutOfMemoryError("simulated");
        });
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/", new ApiHandler(List.of(exhausting), token -> null, new BodyBudget(1024), halts::incrementAndGet));
        http.start();
        try (RawConnection connection = new RawConnection(URI.create("http://127.0.0.1:" + http.getAddress().getPort()))) {
            connection.sendHead("GET", "/exhaust", 0, null);
            connection.closedByServer(5_000);
        } finally {
            http.stop(0);
        }
        assertThat(halts.get()).isEqualTo(1);
    }

    private static void awaitHeld(long atLeastOrZero) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            long held = budget.heldBytes();
            if (atLeastOrZero == 0 ? held == 0 : held >= atLeastOrZero) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the body budget holds " + budget.heldBytes() + " bytes, expected " + atLeastOrZero);
    }
}
