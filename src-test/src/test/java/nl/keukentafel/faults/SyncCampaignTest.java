package nl.keukentafel.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The randomised campaign: round after round, two consultants make random offline edits (field edits, new members,
 * deletions, and deliberate same-field collisions), then sync through a proxy that injects random faults, then
 * sync until quiet; after every round the three promises must hold. The default is a few rounds so the suite stays
 * quick; {@code -Dkeukentafel.syncCampaign=200} runs a long one, {@code -Dkeukentafel.syncSeed=N} repeats a run.
 */
class SyncCampaignTest {
    private static final List<String> FIELDS = List.of("note", Member.Field.PHONE, Member.Field.EMAIL, Member.Field.GIVEN_NAME);
    private static final List<Fault.Kind> FAULTS = List.of(Fault.Kind.CUT_MID_RESPONSE, Fault.Kind.DROP_RESPONSE, Fault.Kind.DUPLICATE,
        Fault.Kind.SERVER_ERROR, Fault.Kind.UNAVAILABLE, Fault.Kind.MALFORMED_JSON, Fault.Kind.MALFORMED_JSON_UNSENT, Fault.Kind.DELAY);

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void randomEditsUnderRandomFaultsAlwaysConvergeWithNothingLostOrDoubled() throws Exception {
        int rounds = Integer.getInteger("keukentafel.syncCampaign", 10);
        long seed = Long.getLong("keukentafel.syncSeed", System.nanoTime());
        System.out.println("Sync campaign: " + rounds + " rounds, seed " + seed + " (repeat with -Dkeukentafel.syncSeed=" + seed + ")");
        Random random = new Random(seed);
        try (Scenario scenario = Scenario.start(directory, 3)) {
            for (int round = 0; round < rounds; round++) {
                offlineEdits(scenario, scenario.anna, random, round);
                offlineEdits(scenario, scenario.bram, random, round);
                collide(scenario, random, round);
                long faultSeed = random.nextLong();
                scenario.proxy.plan(randomFaults(new Random(faultSeed), 0.25));
                for (int attempt = 0; attempt < 2; attempt++) {
                    tryRound(scenario.anna);
                    tryRound(scenario.bram);
                }
                scenario.proxy.plan(request -> Fault.NONE);
                scenario.syncUntilQuiet();
                try {
                    scenario.assertAllPromises();
                } catch (AssertionError broken) {
                    throw new AssertionError("campaign round " + round + " of seed " + seed + ": " + broken.getMessage(), broken);
                }
            }
            System.out.println("Sync campaign: " + rounds + " rounds passed, " + scenario.ledger.size() + " last values checked, "
                + scenario.proxy.requests() + " requests through the proxy");
        }
    }

    private static void offlineEdits(Scenario scenario, FaultClient client, Random random, int round) {
        int edits = 1 + random.nextInt(6);
        for (int index = 0; index < edits; index++) {
            List<StoredRecord> live = liveRecords(scenario, client);
            StoredRecord target = live.get(random.nextInt(live.size()));
            int choice = random.nextInt(10);
            if (choice < 7) {
                scenario.edit(client, target.ref(), FIELDS.get(random.nextInt(FIELDS.size())), value(random, round));
            } else if (choice < 9) {
                scenario.add(client, RecordKind.MEMBER, target.ref().dossierId(), Map.of(Member.Field.GIVEN_NAME, value(random, round)));
            } else if (target.ref().kind() != RecordKind.FAMILY) {
                scenario.delete(client, target.ref());
            }
        }
    }

    /** Both change the same field of the same record to different values: a conflict that must keep both. */
    private static void collide(Scenario scenario, Random random, int round) {
        List<StoredRecord> annaLive = liveRecords(scenario, scenario.anna);
        List<StoredRecord> bramLive = liveRecords(scenario, scenario.bram);
        List<StoredRecord> shared = annaLive.stream()
            .filter(record -> bramLive.stream().anyMatch(other -> other.ref().id().equals(record.ref().id()))).toList();
        if (shared.isEmpty()) {
            return;
        }
        RecordRef target = shared.get(random.nextInt(shared.size())).ref();
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        scenario.edit(scenario.anna, target, field, "anna " + value(random, round));
        scenario.edit(scenario.bram, target, field, "bram " + value(random, round));
    }

    private static List<StoredRecord> liveRecords(Scenario scenario, FaultClient client) {
        return scenario.dossiers.stream().flatMap(dossier -> client.vault().records().dossierRecords(dossier).stream()).toList();
    }

    private static String value(Random random, int round) {
        return "r" + round + "-" + Integer.toString(random.nextInt(1_000_000), 36);
    }

    private static void tryRound(FaultClient client) {
        try {
            client.round();
        } catch (nl.keukentafel.sync.client.SyncException expected) {
            // a fault hit this round; the next one resumes
        }
    }

    private static Function<FaultProxy.Request, Fault> randomFaults(Random random, double probability) {
        return request -> {
            synchronized (random) {
                if (random.nextDouble() >= probability) {
                    return Fault.NONE;
                }
                Fault.Kind kind = FAULTS.get(random.nextInt(FAULTS.size()));
                return kind == Fault.Kind.DELAY ? Fault.delay(Duration.ofMillis(random.nextInt(50))) : Fault.of(kind);
            }
        };
    }
}
