package nl.keukentafel.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.keukentafel.sync.server.api.HealthRoute;
import nl.keukentafel.sync.server.db.Db;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A busy instance stays in its load balancer's rotation: with every one of the pool's 10 connections held by a call
 * (as pushes waiting for the change lock hold them on a Monday morning), {@code /health} still answers at once,
 * because calls committed just before. It used to wait for a connection (up to the pool's 10 s) and HAProxy took
 * both busy instances out of rotation.
 */
class BusyPoolHealthTest {
    private static final int POOL = 10;
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
    void healthAnswersWhileEveryPoolConnectionIsHeldByCallsThatCommitted() throws Exception {
        Db db = server.database.db();
        CountDownLatch held = new CountDownLatch(POOL);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> holders = new ArrayList<>();
        try {
            for (int holder = 0; holder < POOL; holder++) {
                holders.add(Thread.ofPlatform().start(() -> {
                    // A call that committed, then the next one that waits (for the change lock, say) holding its connection.
                    db.transaction(connection -> connection.createStatement().execute("select 1"));
                    db.transaction(connection -> {
                        held.countDown();
                        try {
                            return release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException stopped) {
                            Thread.currentThread().interrupt();
                            return false;
                        }
                    });
                }));
            }
            assertThat(held.await(30, TimeUnit.SECONDS)).as("all pool connections held").isTrue();
            CompletableFuture<Object> health = CompletableFuture.supplyAsync(() -> new HealthRoute(db).check());
            assertThat(health.get(3, TimeUnit.SECONDS).toString()).contains("\"status\":\"ok\"");
        } finally {
            release.countDown();
            for (Thread holder : holders) {
                holder.join(10_000);
            }
        }
    }
}
