package nl.keukentafel.bench;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.keukentafel.logic.SaveStatus;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.CaseloadQuery;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * Two latencies in a vault holding 1,000 families. Commit: {@code RecordStore.patch(...).join()}, one field, as
 * the autosaver issues it (the transaction with outbox, audit and index rows, until it is on disk).
 * End-to-end: from {@code DossierService.edit} (a keystroke) until the session reports SAVED, which includes
 * waiting for the autosaver's next 250 ms tick by design. Not thread-safe.
 */
final class AutosaveLatency {
    private AutosaveLatency() {
    }

    static void measure(VaultBenchmark bench, int familyCount) throws Exception {
        try (Vault vault = bench.newVault("autosave")) {
            BulkLoader.load(vault, bench.families(familyCount));
        }
        SessionManager manager = new SessionManager(new VaultLocation(bench.directory("autosave")), Clock.systemUTC(),
                KdfParams.FAST_FOR_TESTS);
        AtomicReference<CountDownLatch> waiting = new AtomicReference<>();
        AtomicLong savedAt = new AtomicLong();
        manager.onSaveStatus(status -> {
            CountDownLatch latch = waiting.get();
            if (status.state() == SaveStatus.State.SAVED && latch != null) {
                savedAt.set(System.nanoTime());
                latch.countDown();
            }
        });
        long unlockStart = System.nanoTime();
        Session session = manager.unlock(VaultBenchmark.PASSPHRASE.clone());
        VaultBenchmark.progress("autosave vault: %d families loaded and indexed (unlock with reindex %.1f s)", familyCount,
                (System.nanoTime() - unlockStart) / 1e9);
        try {
            List<RecordRef> members = members(session, familyCount);
            Random random = new Random(VaultBenchmark.SEED);
            Samples commit = new Samples();
            for (int sample = 0; sample < Integer.getInteger("bench.commitSamples", 300); sample++) {
                RecordRef member = members.get(random.nextInt(members.size()));
                long start = System.nanoTime();
                session.vault().records().patch(member, Map.of(Member.Field.PHONE, "06-00" + (100_000 + sample))).join();
                commit.add(System.nanoTime() - start);
            }
            Samples endToEnd = new Samples();
            for (int sample = 0; sample < Integer.getInteger("bench.editSamples", 80); sample++) {
                RecordRef member = members.get(random.nextInt(members.size()));
                String value = "Getypt " + sample;
                CountDownLatch latch = new CountDownLatch(1);
                waiting.set(latch);
                long start = System.nanoTime();
                session.dossiers().edit(member, Member.Field.GIVEN_NAME, value);
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("no SAVED within 10 s");
                }
                waiting.set(null);
                endToEnd.add(savedAt.get() - start);
                StoredRecord stored = session.vault().records().find(member.id()).orElseThrow();
                if (!value.equals(stored.body().path(Member.Field.GIVEN_NAME).asText())) {
                    throw new IllegalStateException("SAVED came before the edit was stored");
                }
                Thread.sleep(random.nextInt(120));
            }
            String size = familyCount + " families in the vault";
            bench.report().row("Autosave commit (patch → durable)", commit.summary(), size + "; one field, outbox + audit + index");
            bench.report().row("Edit → durable, end to end", endToEnd.summary(), size + "; includes the 250 ms coalescing tick");
            VaultBenchmark.progress("autosave measured: commit %s; end to end %s", commit.summary(), endToEnd.summary());
        } finally {
            manager.lock();
        }
    }

    private static List<RecordRef> members(Session session, int familyCount) {
        List<CaseloadQuery.Row> rows = session.vault().caseload().search("", true, familyCount);
        return rows.stream().limit(200).flatMap(row -> session.vault().records().dossierRecords(row.dossierId()).stream())
                .map(StoredRecord::ref).filter(ref -> ref.kind() == RecordKind.MEMBER).toList();
    }
}
