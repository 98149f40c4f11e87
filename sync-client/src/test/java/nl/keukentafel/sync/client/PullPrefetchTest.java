package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import nl.keukentafel.sync.protocol.Wire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 16: the round asks for the next pull pages while the current one is applied — a chain of pages read ahead,
 * bounded ({@link ReadAhead#WAITING} waiting plus one in hand). The vault's cursor still moves only with an applied
 * page, so a round cut with pages read ahead — the apply failing, or a read-ahead connection cut — resumes from the
 * last applied page: every page applied once, in order.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PullPrefetchTest {
    private static final String REFUSED = "{\"code\":\"unauthorized\",\"message\":\"log in again\"}";

    private HttpServer server;
    private int pages = 3;
    /** The cursors asked for (page index: 0 for no cursor, n for cursor "cn"), in the order the server saw them. */
    private final List<Integer> asked = new CopyOnWriteArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    /** Page indexes whose first request has its connection cut (no answer). */
    private volatile IntPredicate cutOnce = index -> false;
    private final Set<Integer> cut = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Refuses the first access token for pages from this index on: it "expired" after the first pages. */
    private volatile int firstTokenExpiresAt = Integer.MAX_VALUE;
    private final CountDownLatch secondPageAsked = new CountDownLatch(1);
    private final CountDownLatch thirdPageAsked = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/auth/refresh", exchange -> send(exchange, 200, "{\"accessToken\":\"t" + refreshes.incrementAndGet()
            + "\",\"expiresIn\":900,\"refreshToken\":\"refresh-" + refreshes.get() + "\"}"));
        server.createContext("/sync/pull", this::page);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void page(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        int index = query.contains("cursor=c") ? Integer.parseInt(query.substring(query.indexOf("cursor=c") + 8)) : 0;
        asked.add(index);
        if (index == 1) {
            secondPageAsked.countDown();
        }
        if (index == 2) {
            thirdPageAsked.countDown();
        }
        if (cutOnce.test(index) && cut.add(index)) {
            // half an answer, then the connection goes: a cut in the middle of the page
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 200);
            exchange.getResponseBody().write("{\"schema\":1,\"cursor\":".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            exchange.close();
            return;
        }
        if (index >= firstTokenExpiresAt && "Bearer t1".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, REFUSED);
            return;
        }
        send(exchange, 200, "{\"schema\":1,\"cursor\":\"c" + (index + 1) + "\",\"hasMore\":" + (index + 1 < pages)
            + ",\"records\":[],\"conflicts\":[],\"removed\":[]}");
    }

    @Test
    void theNextPageIsAskedForWhileThisOneIsStored() throws Exception {
        List<Boolean> nextAskedDuringApply = new ArrayList<>();
        MemoryReplica replica = new MemoryReplica() {
            @Override
            public int applyPullPage(Wire.PullPage page, Set<UUID> caseload) {
                if (applied.isEmpty()) {
                    try {
                        nextAskedDuringApply.add(secondPageAsked.await(5, TimeUnit.SECONDS));
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.applyPullPage(page, caseload);
            }
        };
        engine(replica).runRound();
        assertThat(nextAskedDuringApply).containsExactly(true);
        assertThat(cursors(replica)).containsExactly("c1", "c2", "c3");
        assertThat(asked).as("each page asked for once, none beyond the last").containsExactly(0, 1, 2);
    }

    @Test
    void theChainOfPagesDoesNotWaitForTheVaultButStopsAFewPagesAhead() throws Exception {
        pages = 12;
        List<Boolean> thirdAskedDuringFirstApply = new ArrayList<>();
        List<Integer> askedDuringFirstApply = new ArrayList<>();
        MemoryReplica replica = new MemoryReplica() {
            @Override
            public int applyPullPage(Wire.PullPage page, Set<UUID> caseload) {
                if (applied.isEmpty()) {
                    try {
                        // the second page's answer names the third: it is asked for before the first page is stored
                        thirdAskedDuringFirstApply.add(thirdPageAsked.await(5, TimeUnit.SECONDS));
                        // time enough for an unbounded reader to ask for all twelve
                        Thread.sleep(300);
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                    askedDuringFirstApply.add(asked.size());
                }
                return super.applyPullPage(page, caseload);
            }
        };
        engine(replica).runRound();
        assertThat(thirdAskedDuringFirstApply).containsExactly(true);
        assertThat(askedDuringFirstApply).as("the first page, the waiting pages and the one in hand")
            .containsExactly(1 + ReadAhead.WAITING + 1);
        assertThat(cursors(replica)).hasSize(12).last().isEqualTo("c12");
        assertThat(asked).as("each page asked for once, in order").containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void aRoundWhoseApplyFailsWithAPagePrefetchedResumesFromTheLastAppliedPage() throws Exception {
        pages = 4;
        MemoryReplica replica = new MemoryReplica() {
            private boolean failed;

            @Override
            public int applyPullPage(Wire.PullPage page, Set<UUID> caseload) {
                if ("c2".equals(page.cursor()) && !failed) {
                    failed = true;
                    failNextApply = new IllegalStateException("disk full");
                }
                return super.applyPullPage(page, caseload);
            }
        };
        SyncEngine engine = engine(replica);
        assertThatThrownBy(engine::runRound).isInstanceOf(IllegalStateException.class);
        assertThat(replica.cursor).isEqualTo("c1");
        engine.runRound();
        assertThat(cursors(replica)).containsExactly("c1", "c2", "c3", "c4");
        assertThat(replica.cursor).isEqualTo("c4");
    }

    @Test
    void aPrefetchWhoseConnectionIsCutEndsTheRoundAndTheNextResumesWithoutLossOrDuplicate() throws Exception {
        pages = 4;
        cutOnce = index -> index == 2;
        MemoryReplica replica = new MemoryReplica();
        SyncEngine engine = engine(replica);
        assertThatThrownBy(engine::runRound).isInstanceOfSatisfying(SyncException.class,
            failure -> assertThat(failure.kind()).isEqualTo(SyncException.Kind.UNREACHABLE));
        assertThat(replica.cursor).isEqualTo("c2");
        engine.runRound();
        assertThat(cursors(replica)).containsExactly("c1", "c2", "c3", "c4");
        assertThat(cut).containsExactly(2);
    }

    @Test
    void aPrefetchRefusedAsUnauthorizedIsAskedForAgainWithOneRefresh() throws Exception {
        pages = 4;
        firstTokenExpiresAt = 1;
        MemoryReplica replica = new MemoryReplica();
        engine(replica).runRound();
        assertThat(cursors(replica)).containsExactly("c1", "c2", "c3", "c4");
        assertThat(refreshes.get()).as("the first token, then one refresh after the prefetch was refused").isEqualTo(2);
    }

    private static List<String> cursors(MemoryReplica replica) {
        return replica.applied.stream().map(Wire.PullPage::cursor).toList();
    }

    private SyncEngine engine(MemoryReplica replica) {
        return LoopbackStub.engine(server, replica);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        LoopbackStub.send(exchange, status, body);
    }
}
