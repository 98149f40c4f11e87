package nl.keukentafel.sync.client;

import static nl.keukentafel.sync.client.CaseloadAnswerTest.caseloadOf;
import static nl.keukentafel.sync.client.CaseloadAnswerTest.json;
import static nl.keukentafel.sync.client.CaseloadAnswerTest.pageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a first pull (no cursor yet) every page names dossiers new to this vault, so the caseload is asked for beside
 * the first page instead of after it (issue 16: one server exchange less to wait for). An early answer that misses a
 * dossier assigned while the page was read is not trusted: the caseload is asked again.
 */
class CaseloadBesideFirstPageTest {
    private static final String TOKENS = "{\"accessToken\":\"a\",\"expiresIn\":900,\"refreshToken\":\"refresh-2\"}";
    private static final UUID KNOWN = UUID.fromString("0190d5c8-0000-7000-8000-0000000000e1");
    private static final UUID JOINED = UUID.fromString("0190d5c8-0000-7000-8000-0000000000e2");

    private HttpServer server;
    private final AtomicInteger caseloadAsks = new AtomicInteger();
    private final CountDownLatch caseloadAsked = new CountDownLatch(1);
    private final AtomicBoolean askedWhilePageWaited = new AtomicBoolean();
    private volatile UUID pageDossier = KNOWN;
    /** How long the page waits for a caseload asked beside it. */
    private volatile long pageWaitMillis = 5_000;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/auth/login", exchange -> json(exchange, TOKENS));
        server.createContext("/auth/refresh", exchange -> json(exchange, TOKENS));
        server.createContext("/me/caseload", exchange -> {
            // the first answer is the caseload before JOINED was assigned; every later one has it
            json(exchange, caseloadAsks.incrementAndGet() == 1 ? caseloadOf(KNOWN) : caseloadOf(KNOWN, JOINED));
            caseloadAsked.countDown();
        });
        server.createContext("/sync/pull", exchange -> {
            try {
                askedWhilePageWaited.set(caseloadAsked.await(pageWaitMillis, TimeUnit.MILLISECONDS));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            json(exchange, pageOf(pageDossier, "[]"));
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theCaseloadIsAskedForBesideTheFirstPageAndItsAnswerUsed() throws Exception {
        MemoryReplica replica = new MemoryReplica();
        SyncEngine engine = engine(replica);

        engine.runRound();

        assertThat(askedWhilePageWaited).as("asked while the first page was still being answered").isTrue();
        assertThat(caseloadAsks).as("the early answer covers the page: not asked again").hasValue(1);
        assertThat(replica.caseloads).containsExactly(Set.of(KNOWN));
    }

    @Test
    void anEarlyAnswerThatMissesADossierOfThePageIsAskedAgain() throws Exception {
        MemoryReplica replica = new MemoryReplica();
        SyncEngine engine = engine(replica);
        pageDossier = JOINED;

        engine.runRound();

        assertThat(caseloadAsks).hasValue(2);
        assertThat(replica.caseloads).containsExactly(Set.of(KNOWN, JOINED));
    }

    @Test
    void aLaterRoundWithACursorDoesNotAskEarly() throws Exception {
        MemoryReplica replica = new MemoryReplica();
        replica.cursor = "c-from-an-earlier-round";
        pageWaitMillis = 500;
        SyncEngine engine = engine(replica);

        engine.runRound();

        assertThat(askedWhilePageWaited).as("the page waited in vain: nothing was asked beside it").isFalse();
        assertThat(caseloadAsks).as("asked after the page, which named a dossier not yet known").hasValue(1);
    }

    private SyncEngine engine(MemoryReplica replica) throws SyncException {
        SyncEngine engine = new SyncEngine(new SyncApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")), replica,
            Clock.systemUTC(), status -> { });
        engine.login("anna", "geheim".toCharArray(), "laptop");
        return engine;
    }
}
