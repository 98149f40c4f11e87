package nl.keukentafel.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server process is SIGKILLed while a push of several batches is on its way in, and started again on the same
 * data directory: whatever part of the push committed, the clients resend the rest and everything converges once.
 */
class ServerKillTest {
    @TempDir
    Path directory;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killingTheServerMidPushLosesAndDoublesNothing() throws Exception {
        Path data = directory.resolve("server");
        try (ServerProcess server = ServerProcess.start(data);
             Scenario scenario = Scenario.start(server, data, directory, 4, Clock.systemUTC(), Clock.systemUTC())) {
            for (int kill = 0; kill < 2; kill++) {
                for (int index = 0; index < 150; index++) {
                    RecordRef ref = scenario.records.get(index % scenario.records.size());
                    scenario.edit(scenario.anna, ref, "note", "kill " + kill + " edit " + index);
                    scenario.edit(scenario.anna, ref, Member.Field.PHONE + index % 3, "06" + (10000000 + index));
                }
                scenario.edit(scenario.bram, scenario.records.get(1), Member.Field.PHONE + "0", "bram " + kill);
                AtomicBoolean killed = new AtomicBoolean();
                long delayMillis = kill * 40L;
                scenario.proxy.beforeForward(request -> {
                    if (request.isPush() && killed.compareAndSet(false, true)) {
                        Thread.ofVirtual().start(() -> {
                            sleep(Duration.ofMillis(delayMillis));
                            server.kill();
                        });
                    }
                });
                assertThat(scenario.anna.replica().pendingCount()).as("more than one batch to push").isGreaterThan(200);
                try {
                    scenario.anna.round();
                } catch (nl.keukentafel.sync.client.SyncException expected) {
                    assertThat(expected.transientFailure()).isTrue();
                }
                assertThat(killed).isTrue();
                awaitDeath(server);
                scenario.proxy.beforeForward(request -> { });
                scenario.proxy.upstream(server.restart());
                scenario.syncUntilQuiet();
            }
            scenario.assertAllPromises();
        }
    }

    private static void awaitDeath(ServerProcess server) throws InterruptedException {
        for (int wait = 0; wait < 300 && server.alive(); wait++) {
            Thread.sleep(100);
        }
        assertThat(server.alive()).isFalse();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
