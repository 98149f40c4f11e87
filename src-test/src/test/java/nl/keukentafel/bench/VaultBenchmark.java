package nl.keukentafel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.keukentafel.logic.demo.DemoData;
import nl.keukentafel.logic.demo.DemoFamily;
import nl.keukentafel.store.Actor;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.Database;
import nl.keukentafel.store.DossierIndexer;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.Argon2Kdf;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.store.crypto.Secrets;

/**
 * The vault benchmark (not a test): encryption's cost on the save path against a plaintext baseline in the same
 * run, autosave latency with 1,000 families, caseload search over 10,000, and the Argon2id unlock cost.
 * Run: {@code ./mvn21 -q -pl src-test -am test-compile exec:java@bench}. Sizes can be changed with
 * {@code -Dbench.saveFamilies, -Dbench.patches, -Dbench.autosaveFamilies, -Dbench.searchFamilies}. Not thread-safe.
 */
public final class VaultBenchmark {
    static final long SEED = 42;
    static final char[] PASSPHRASE = "benchmark wachtwoordzin lang genoeg".toCharArray();
    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final Path workDirectory;
    private final Report report = new Report();
    private final DemoData demo = new DemoData(SEED, LocalDate.now(), "Bench Consulent");

    private VaultBenchmark(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    public static void main(String[] args) throws Exception {
        FLYWAY_LOG.setLevel(Level.WARNING);
        Path work = Files.createTempDirectory("keukentafel-bench");
        try {
            new VaultBenchmark(work).runAll();
        } finally {
            deleteTree(work);
        }
    }

    private void runAll() throws Exception {
        long start = System.nanoTime();
        report.machine();
        saveWorkload();
        AutosaveLatency.measure(this, Integer.getInteger("bench.autosaveFamilies", 1_000));
        SearchLatency.measure(this, Integer.getInteger("bench.searchFamilies", 10_000));
        unlockCost();
        report.print(System.out, (System.nanoTime() - start) / 1e9);
    }

    Report report() {
        return report;
    }

    List<DemoFamily> families(int count) {
        return demo.families(count);
    }

    /** A fresh encrypted vault (cheap KDF: the key derivation is measured on its own) in the work directory. */
    Vault newVault(String name) throws Exception {
        return Vault.create(new VaultLocation(workDirectory.resolve(name)), PASSPHRASE.clone(), "Bench Consulent",
                KdfParams.FAST_FOR_TESTS, Clock.systemUTC());
    }

    Path directory(String name) {
        return workDirectory.resolve(name);
    }

    /** Same workload, encrypted and plain, alternated so machine noise hits both alike; the medians are compared. */
    private void saveWorkload() throws Exception {
        int families = Integer.getInteger("bench.saveFamilies", 30);
        int patches = Integer.getInteger("bench.patches", 400);
        int rounds = Integer.getInteger("bench.saveRounds", 5);
        SaveWorkload workload = new SaveWorkload(families(families), patches, SEED);
        runPlain(new SaveWorkload(families(5), 50, SEED), "warmup-plain");
        try (Vault warmup = newVault("warmup-encrypted")) {
            new SaveWorkload(families(5), 50, SEED).run(warmup.records());
        }
        Samples plain = new Samples();
        Samples encrypted = new Samples();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // Alternating which goes first keeps a warming disk cache or a neighbour's burst from favouring one side.
            long plainNanos = 0;
            long encryptedNanos = 0;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn + round) % 2 == 0) {
                    plainNanos = runPlain(workload, "plain-" + round);
                } else {
                    try (Vault vault = newVault("encrypted-" + round)) {
                        encryptedNanos = workload.run(vault.records());
                    }
                }
            }
            plain.add(plainNanos);
            encrypted.add(encryptedNanos);
            ratios.add((double) encryptedNanos / plainNanos);
            progress("save workload round %d: plain %.0f ms, encrypted %.0f ms", round + 1, plainNanos / 1e6, encryptedNanos / 1e6);
        }
        ratios.sort(null);
        double plainMillis = plain.percentileMillis(0.5);
        double encryptedMillis = encrypted.percentileMillis(0.5);
        String size = String.format(Locale.ROOT, "%d families + %d patches = %d commits, median of %d", families, patches,
                workload.commits(), rounds);
        report.row("Save workload, plaintext SQLite (baseline)", String.format(Locale.ROOT, "%.0f ms (%.2f ms/commit)", plainMillis,
                plainMillis / workload.commits()), size);
        report.row("Save workload, encrypted vault", String.format(Locale.ROOT, "%.0f ms (%.2f ms/commit)", encryptedMillis,
                encryptedMillis / workload.commits()), size);
        report.row("Encryption cost (encrypted / plaintext)", String.format(Locale.ROOT, "%.2f× (per round %.2f–%.2f)",
                encryptedMillis / plainMillis, ratios.get(0), ratios.get(ratios.size() - 1)),
                "ratio of the medians; rounds alternate order");
    }

    private long runPlain(SaveWorkload workload, String name) throws Exception {
        Database database = Database.openUnencryptedForBenchmark(directory(name + ".db"));
        try {
            return workload.run(storeOn(database));
        } finally {
            database.close();
        }
    }

    /** Built exactly as {@link Vault} builds its own, but on the plaintext database. */
    private static RecordStore storeOn(Database database) {
        Clock clock = Clock.systemUTC();
        return new RecordStore(database, clock, new AuditLog(database, clock, Actor.onThisDevice("Bench Consulent")),
                new DossierIndexer(clock));
    }

    /** Argon2id with the app's default parameters, alone and as part of a whole unlock. */
    private void unlockCost() throws Exception {
        int repeats = Integer.getInteger("bench.kdfRepeats", 5);
        byte[] salt = Secrets.randomBytes(16);
        Secrets.wipe(Argon2Kdf.derive(PASSPHRASE, salt, KdfParams.DEFAULT));
        Samples derive = new Samples();
        for (int repeat = 0; repeat < repeats; repeat++) {
            long start = System.nanoTime();
            Secrets.wipe(Argon2Kdf.derive(PASSPHRASE, salt, KdfParams.DEFAULT));
            derive.add(System.nanoTime() - start);
        }
        VaultLocation location = new VaultLocation(directory("kdf-default"));
        Vault.create(location, PASSPHRASE.clone(), "Bench Consulent", KdfParams.DEFAULT, Clock.systemUTC()).close();
        Samples unlock = new Samples();
        for (int repeat = 0; repeat < repeats; repeat++) {
            long start = System.nanoTime();
            Vault vault = Vault.unlock(location, PASSPHRASE.clone(), Clock.systemUTC());
            unlock.add(System.nanoTime() - start);
            vault.close();
        }
        KdfParams params = KdfParams.DEFAULT;
        String what = String.format(Locale.ROOT, "Argon2id %d MiB, %d iterations, parallelism %d", params.memoryKiB() / 1024,
                params.iterations(), params.parallelism());
        report.row("Argon2id key derivation (KdfParams.DEFAULT)", derive.summary(), what);
        report.row("Whole unlock (KDF + open + schema check)", unlock.summary(), "Vault.unlock on an empty vault");
        progress("unlock measured");
    }

    static void progress(String format, Object... arguments) {
        System.err.printf(Locale.ROOT, "[bench] " + format + "%n", arguments);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The results, printed as one Markdown table. Not thread-safe. */
    static final class Report {
        private final List<String[]> rows = new ArrayList<>();
        private final List<String> facts = new ArrayList<>();

        void row(String measure, String result, String detail) {
            rows.add(new String[] {measure, result, detail});
        }

        void machine() throws IOException {
            facts.add("processors: " + Runtime.getRuntime().availableProcessors());
            facts.add("java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
            facts.add("os: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                    + System.getProperty("os.arch"));
            facts.add("max heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
            Path load = Path.of("/proc/loadavg");
            if (Files.isReadable(load)) {
                facts.add("load average at start: " + Files.readString(load).strip());
            }
        }

        void print(java.io.PrintStream out, double seconds) {
            out.println();
            facts.forEach(fact -> out.println("- " + fact));
            out.printf(Locale.ROOT, "- benchmark run time: %.0f s%n%n", seconds);
            out.println("| Measure | Result | Workload |");
            out.println("|---|---|---|");
            rows.forEach(row -> out.println("| " + String.join(" | ", row) + " |"));
        }
    }
}
