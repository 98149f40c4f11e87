package nl.keukentafel.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.keukentafel.model.Member;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop is killed (SIGKILL, in its own JVM) while it applies the pages of a big pull, with an edit of its own
 * just pushed: reopened, the vault holds whole pages only, and the next round finishes the job.
 */
class ClientKillTest {
    @TempDir
    Path directory;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aClientKilledWhileApplyingPulledPagesResumesWithNothingLostOrDoubled() throws Exception {
        Random random = new Random();
        try (Scenario scenario = Scenario.start(directory, 1)) {
            SyncApi office = new SyncApi(scenario.server.uri());
            String token = office.login(scenario.annaUser, ServerProcess.PASSWORD.toCharArray(), "import").accessToken();
            for (int kill = 0; kill < 2; kill++) {
                Seeder seeder = new Seeder().families(60, 8, 10, 40 + kill);
                seeder.push(office, token);
                for (var dossier : seeder.dossiers()) {
                    scenario.server.assign(dossier, scenario.bramUser);
                }
                scenario.dossiers.addAll(seeder.dossiers());
                scenario.edit(scenario.bram, scenario.records.get(1), Member.Field.PHONE, "bram voor kill " + kill);

                scenario.bram.lock();
                Process child = startChild(scenario);
                int killAtPage = 1 + random.nextInt(2);
                long delayMillis = random.nextInt(60);
                AtomicInteger pulls = new AtomicInteger();
                scenario.proxy.afterAnswer(request -> {
                    if (request.isPull() && pulls.incrementAndGet() == killAtPage) {
                        sleep(delayMillis);
                        child.destroyForcibly();
                    }
                });
                assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
                scenario.proxy.afterAnswer(request -> { });
                String output = java.nio.file.Files.readString(directory.resolve("child.out"));
                assertThat(output).as("killed before the round ended (page %d + %d ms)", killAtPage, delayMillis)
                    .doesNotContain("round done");

                scenario.bram.unlock();
                try {
                    scenario.syncUntilQuiet();
                } catch (SyncException refused) {
                    // Killed between the server rotating its refresh token and the vault storing the new one: log in again.
                    assertThat(refused.kind()).isEqualTo(SyncException.Kind.UNAUTHORIZED);
                    scenario.bram.login(scenario.bramUser);
                    scenario.syncUntilQuiet();
                }
            }
            scenario.assertAllPromises();
            List<?> records = scenario.bram.vault().records().dossierRecords(scenario.dossiers.get(1));
            assertThat(records).as("a seeded family arrived whole").hasSize(19);
        }
    }

    private Process startChild(Scenario scenario) throws java.io.IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"), ClientChild.class.getName(),
            scenario.bram.directory().toString(), scenario.proxy.uri().toString()))
            .redirectOutput(directory.resolve("child.out").toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
