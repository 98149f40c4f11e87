package nl.keukentafel.bench.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.keukentafel.bench.Timings;
import nl.keukentafel.logic.check.CheckEngine;
import nl.keukentafel.logic.check.CheckReport;
import nl.keukentafel.logic.check.DossierChecker;
import nl.keukentafel.logic.check.DossierFacts;
import nl.keukentafel.logic.check.Waiver;
import nl.keukentafel.logic.demo.DemoData;
import nl.keukentafel.logic.demo.DemoFamily;
import nl.keukentafel.logic.demo.DemoPhase;
import nl.keukentafel.logic.demo.DemoWriter;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * The dossier check benchmark (issue 12, not a test): on a real encrypted vault with the demo generator's caseload
 * (500 families by default, every phase from intake only to closed), measured in one run, warm, alternating:
 * (a) loading one complete dossier's records ({@code RecordStore.dossierRecords}, the baseline) against
 * (b) checking that dossier ({@code DossierChecker.checkStored}: the same load, building the facts, all rules) and
 * (c) the engine alone on facts read beforehand; then (d) the whole caseload ({@code DossierChecker.checkCaseload}).
 * The complete dossier is the demo family with the most records (an evaluated, scaled-up plan).
 * Run: {@code ./mvn21 -q -pl src-test -am test-compile exec:java@checkbench}; {@code -Dbench.check.families}
 * (default 500), {@code -Dbench.check.rounds} (default 200) repeats of the one-dossier measures, 5 of the caseload.
 * Fictional data only; the vault lives in a temp directory deleted afterwards. Not thread-safe.
 */
public final class CheckBenchmark {
    private static final char[] PASSPHRASE = "appel peer banaan kiwi mango".toCharArray();
    private static final int CASELOAD_ROUNDS = 5;

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int families = Integer.getInteger("bench.check.families", 500);
        int rounds = Integer.getInteger("bench.check.rounds", 200);
        Path directory = Files.createTempDirectory("keukentafel-checkbench");
        SessionManager manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        try {
            Session session = manager.create(PASSPHRASE.clone(), PASSPHRASE.clone(), "Benchmark Regisseur");
            LocalDate today = LocalDate.now(Clock.systemUTC());
            long buildStart = System.nanoTime();
            List<DemoFamily> made = new DemoData(12, today, "Benchmark Regisseur").families(families);
            DemoWriter writer = new DemoWriter(session);
            for (int index = 0; index < made.size(); index++) {
                writer.write(made.get(index), DemoPhase.of(index), today);
            }
            long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
            run(session, families, rounds, today, buildMillis);
        } finally {
            manager.lock();
            deleteQuietly(directory);
        }
    }

    private static void run(Session session, int families, int rounds, LocalDate today, long buildMillis) {
        DossierChecker checker = session.checker();
        List<CheckReport> caseload = checker.checkCaseload(true);
        if (caseload.size() != families) {
            throw new IllegalStateException("checked " + caseload.size() + " dossiers of " + families);
        }
        UUID complete = caseload.stream().map(CheckReport::dossierId)
                .max(Comparator.comparingInt((UUID id) -> session.vault().records().dossierRecords(id).size())).orElseThrow();
        int records = session.vault().records().dossierRecords(complete).size();
        int findings = caseload.stream().mapToInt(CheckReport::openCount).sum();
        System.err.printf(Locale.ROOT, "[checkbench] built %d families in %d ms; the complete dossier has %d records; warming up%n",
                families, buildMillis, records);

        DossierFacts facts = checker.facts(complete);
        List<Waiver> waivers = checker.waivers(complete);
        CheckEngine engine = CheckEngine.standard();
        Supplier<Object> load = () -> session.vault().records().dossierRecords(complete);
        Supplier<Object> check = () -> checker.checkStored(complete, today);
        Supplier<Object> rules = () -> engine.run(facts, waivers);
        List<Supplier<Object>> all = List.of(load, check, rules);
        for (int round = 0; round < Math.max(50, rounds / 2); round++) {
            all.forEach(Supplier::get);
        }
        List<Timings> timings = List.of(new Timings(), new Timings(), new Timings());
        for (int round = 0; round < rounds; round++) {
            for (int step = 0; step < all.size(); step++) {
                int index = (round + step) % all.size();
                timings.get(index).time(all.get(index));
            }
        }
        Timings whole = new Timings();
        for (int round = 0; round < CASELOAD_ROUNDS; round++) {
            whole.time(() -> checker.checkCaseload(true));
        }
        Timings baseline = timings.get(0);
        System.out.printf(Locale.ROOT, "Dossier check: the demo caseload of %d families (%d open findings in all); the complete dossier"
                + " has %d records; %d warm repeats each (caseload: %d); Java %s, %d cores%n", families, findings, records, rounds,
                CASELOAD_ROUNDS, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| Measure | p50 | p95 | max | CPU p50 | ratio to loading the dossier's records (p50, wall / CPU) | target |");
        System.out.println("|---|---|---|---|---|---|---|");
        row("Loading the complete dossier's records: `RecordStore.dossierRecords` (baseline)", baseline, baseline, "");
        row("Checking it: `DossierChecker.checkStored` (load + facts + all rules)", timings.get(1), baseline, "< 20 ms");
        row("The rules alone: `CheckEngine.run` on facts read before", timings.get(2), baseline, "");
        row("The whole caseload: `DossierChecker.checkCaseload`, " + families + " dossiers", whole, baseline, "< 5 s");
    }

    private static void row(String name, Timings measured, Timings baseline, String target) {
        System.out.printf(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f× / %.2f× | %s |%n", name,
                measured.wall(0.5), measured.wall(0.95), measured.wall(1.0), measured.cpu(0.5),
                measured.wall(0.5) / baseline.wall(0.5), measured.cpu(0.5) / baseline.cpu(0.5), target);
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
