package nl.keukentafel.bench.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import nl.keukentafel.faults.FaultClient;
import nl.keukentafel.faults.FaultProxy;
import nl.keukentafel.faults.Seeder;
import nl.keukentafel.faults.ServerProcess;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.sync.client.SyncApi;

/**
 * The sync benchmark (not a test): the initial pull of 500 dossiers (8 members and 10 contacts each) into a fresh
 * encrypted vault, and the incremental round trip of one changed field (push by one laptop, pull by the other), each
 * timed and its bytes counted on the wire at a proxy, beside a baseline measured in the same run: the same JSON bytes
 * over a plain JDK HTTP server plus a plain insert of the same rows into an unencrypted SQLite file. The server is the
 * real one in its own JVM with its embedded PostgreSQL. Run: {@code ./mvn21 -q -pl src-test -am test-compile
 * exec:java@syncbench}; {@code -Dbench.syncFamilies=N} changes the size. Not thread-safe.
 */
public final class SyncBenchmark {
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Initial pulls and their baselines: a first run on a cold JVM (printed apart, left out of the median, as the one-field
     * rounds leave out their first two), then five, every side alike. {@code -Dbench.pulls=N -Dbench.pullWarmups=W}: N
     * runs of which the first W are left out (W ≥ 1), e.g. 12 and 6 for the JIT's steady state.
     */
    private static final int PULLS = Integer.getInteger("bench.pulls", 6);
    private static final int PULL_WARMUPS = Math.max(1, Integer.getInteger("bench.pullWarmups", 1));
    private static final int INCREMENTS = 7;
    private static final int PUSHES = 3;

    private final Path work;
    private final int families = Integer.getInteger("bench.syncFamilies", 500);

    private SyncBenchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        FLYWAY_LOG.setLevel(Level.WARNING);
        Path work = Files.createTempDirectory("keukentafel-syncbench");
        try {
            new SyncBenchmark(work).run();
        } finally {
            try (Stream<Path> tree = Files.walk(work)) {
                tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
            Runtime.version(), System.getProperty("os.name"));
        try (ServerProcess server = ServerProcess.start(work.resolve("server")); FaultProxy proxy = new FaultProxy(server.uri());
             PlainBaseline baseline = new PlainBaseline()) {
            server.user("kantoor");
            server.user("anna");
            server.user("bram");
            SyncApi direct = new SyncApi(server.uri());
            String officeToken = direct.login("kantoor", ServerProcess.PASSWORD.toCharArray(), "import").accessToken();
            Seeder seeder = new Seeder().families(families, 8, 10, 42);
            pushVersusPlainInserts(server, direct, officeToken, seeder);
            for (var dossier : seeder.dossiers()) {
                server.assign(dossier, "anna");
                server.assign(dossier, "bram");
            }

            List<byte[]> pages = pullPagesRaw(server.uri(), "anna", new long[1]);
            // The server's side of the same pull alone: every page fetched and unpacked, nothing stored.
            List<Double> serverSideMillis = new ArrayList<>();
            List<Double> serverPagesMillis = new ArrayList<>();
            for (int run = 0; run < PULLS; run++) {
                long[] pagesFrom = new long[1];
                long start = System.nanoTime();
                pullPagesRaw(server.uri(), "anna", pagesFrom);
                long end = System.nanoTime();
                serverSideMillis.add((end - start) / 1e6);
                serverPagesMillis.add((end - pagesFrom[0]) / 1e6);
            }
            List<Double> pullMillis = new ArrayList<>();
            List<Double> afterRoundMillis = new ArrayList<>();
            long pullBytes = 0;
            FaultClient anna = null;
            FaultClient bram = null;
            for (int run = 0; run < PULLS; run++) {
                FaultClient client = FaultClient.create(work.resolve("vault-" + run), "Bench", proxy.uri(), Clock.systemUTC());
                client.login(run % 2 == 0 ? "anna" : "bram");
                proxy.resetCounters();
                long start = System.nanoTime();
                client.round();
                pullMillis.add((System.nanoTime() - start) / 1e6);
                // what the app does right after a round (SyncService): its ordinary write also checkpoints the WAL the
                // pulled pages left (Database.PULL_CHECKPOINT_PAGES) — timed apart, reported beside the pull
                long afterRound = System.nanoTime();
                client.storeSyncTime();
                afterRoundMillis.add((System.nanoTime() - afterRound) / 1e6);
                pullBytes = proxy.bytesOnTheWire();
                if (run == 0) {
                    anna = client;
                } else if (run == 1) {
                    bram = client;
                } else {
                    client.close();
                }
            }
            List<Double> plainHttpMillis = new ArrayList<>();
            List<Double> plainInsertMillis = new ArrayList<>();
            List<Double> vaultFormatMillis = new ArrayList<>();
            VaultFormatBaseline.Result vaultFormat = null;
            long plainBytes = 0;
            int rows = 0;
            for (int run = 0; run < PULLS; run++) {
                long start = System.nanoTime();
                plainBytes = baseline.transfer(pages);
                plainHttpMillis.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                rows = PlainBaseline.insert(work.resolve("plain-" + run + ".db"), pages);
                plainInsertMillis.add((System.nanoTime() - start) / 1e6);
                vaultFormat = VaultFormatBaseline.insert(work.resolve("vault-format-" + run + ".db"), pages);
                vaultFormatMillis.add(vaultFormat.millis());
            }
            long jsonBytes = pages.stream().mapToLong(page -> page.length).sum();
            double pull = warm(pullMillis);
            double plain = warm(plainHttpMillis) + warm(plainInsertMillis);
            System.out.println();
            System.out.printf(Locale.ROOT, "Initial pull: %d dossiers, %d records, %d pages, %.1f MB JSON%n", families, rows,
                pages.size(), jsonBytes / 1e6);
            System.out.printf(Locale.ROOT, "| initial pull | %.0f ms | %.0f KB | plain HTTP %.0f ms + plain SQLite insert %.0f ms = %.0f ms"
                + " | %.0f KB (gzip bodies) | time x%.1f, bytes x%.2f |%n", pull, pullBytes / 1e3, warm(plainHttpMillis),
                warm(plainInsertMillis), plain, plainBytes / 1e3, pull / plain, (double) pullBytes / plainBytes);
            System.out.println("  sync runs (ms, the first on a cold JVM; the first " + PULL_WARMUPS + " left out of the median): "
                + pullMillis
                + "; plain HTTP: " + plainHttpMillis + "; plain insert: " + plainInsertMillis);
            double coldPlain = plainHttpMillis.get(0) + plainInsertMillis.get(0);
            System.out.printf(Locale.ROOT, "  the first runs alone (cold JVM): initial pull %.0f ms, plain %.0f ms, x%.1f%n",
                pullMillis.get(0), coldPlain, pullMillis.get(0) / coldPlain);
            System.out.printf(Locale.ROOT, "  then the app's write after the round, with the WAL checkpoint the pull left to it: %.0f ms,"
                + " runs %s (round + that write: %.0f ms, x%.1f)%n", warm(afterRoundMillis), afterRoundMillis,
                pull + warm(afterRoundMillis), (pull + warm(afterRoundMillis)) / plain);
            double encrypted = warm(plainHttpMillis) + warm(vaultFormatMillis);
            System.out.printf(Locale.ROOT, "| initial pull vs baseline 2 | %.0f ms | | plain HTTP %.0f ms + plain batched JDBC into an"
                + " encrypted vault-format file (%d records: a record row each; per dossier of %d an audit row and a caseload index row)"
                + " %.0f ms = %.0f ms"
                + " | | time x%.1f |%n", pull, warm(plainHttpMillis), vaultFormat.records(), vaultFormat.dossiers(),
                warm(vaultFormatMillis), encrypted, pull / encrypted);
            System.out.println("  vault-format inserts (ms): " + vaultFormatMillis);
            System.out.printf(Locale.ROOT, "  of which the server's side (login + every page fetched over HTTP, gzip, no client store):"
                + " %.0f ms, runs %s; the pages alone, after the login: %.0f ms, runs %s%n", warm(serverSideMillis), serverSideMillis,
                warm(serverPagesMillis), serverPagesMillis);

            incremental(proxy, baseline, anna, bram, seeder);
            if (Boolean.getBoolean("bench.debug")) {
                try (var database = server.openDatabase()) {
                    database.db().transaction(connection -> {
                        for (String sql : java.util.List.of("select count(*) from conflict", "select count(*) from quarantine",
                            "select count(*) from record_version", "select max(version) from record")) {
                            try (var statement = connection.createStatement(); var found = statement.executeQuery(sql)) {
                                found.next();
                                System.out.println("DEBUG " + sql + " = " + found.getLong(1));
                            }
                        }
                        return null;
                    });
                }
            }
            anna.close();
            bram.close();
        }
    }

    /**
     * The push of all the seeder's entries (200 per batch, over HTTP, as a client sends them) against plain batched
     * JDBC inserts of the same rows into the same tables ({@link PushBaseline}), alternated; three of each, median.
     * The first push seeds the dossiers the pull benchmark reads; the other two push fresh families.
     */
    private void pushVersusPlainInserts(ServerProcess server, SyncApi direct, String officeToken, Seeder seeder) throws Exception {
        List<Double> pushMillis = new ArrayList<>();
        List<Double> plainMillis = new ArrayList<>();
        try (var database = server.openDatabase()) {
            for (int run = 0; run < PUSHES; run++) {
                Seeder pushed = run == 0 ? seeder : new Seeder().families(families, 8, 10, 42 + run);
                long start = System.nanoTime();
                pushed.push(direct, officeToken);
                pushMillis.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                PushBaseline.insert(database.db(), "kantoor", pushed.entries());
                plainMillis.add((System.nanoTime() - start) / 1e6);
            }
        }
        double push = median(pushMillis);
        double plain = median(plainMillis);
        System.out.printf(Locale.ROOT, "| push, %d dossiers / %d records, 200 per batch | %.0f ms (%.0f records/s) | plain batched JDBC"
            + " inserts of the same rows, same tables %.0f ms | time x%.1f |%n", families, seeder.entries().size(), push,
            seeder.entries().size() / (push / 1e3), plain, push / plain);
        System.out.println("  push runs (ms): " + pushMillis + "; plain inserts: " + plainMillis);
    }

    private void incremental(FaultProxy proxy, PlainBaseline baseline, FaultClient anna, FaultClient bram, Seeder seeder)
            throws Exception {
        List<Double> roundTrip = new ArrayList<>();
        List<Double> plainMillis = new ArrayList<>();
        long bytes = 0;
        long plainBytes = 0;
        StoredRecord target = anna.vault().records().dossierRecords(seeder.dossiers().get(0)).get(1);
        RecordRef ref = target.ref();
        for (int run = 0; run < INCREMENTS; run++) {
            anna.patch(ref, java.util.Map.of(Member.Field.PHONE, "06" + (20000000 + run)));
            proxy.resetCounters();
            long start = System.nanoTime();
            anna.round();
            bram.round();
            roundTrip.add((System.nanoTime() - start) / 1e6);
            bytes = proxy.bytesOnTheWire();
            String changed = bram.find(ref.id()).orElseThrow().body().get(Member.Field.PHONE).asText();
            if (!changed.equals("06" + (20000000 + run))) {
                throw new IllegalStateException("the change did not arrive");
            }
            byte[] record = JSON.writeValueAsBytes(JSON.createObjectNode().set("records",
                JSON.createArrayNode().add(JSON.createObjectNode().put("id", ref.id().toString()).put("kind", "member")
                    .put("dossierId", ref.dossierId().toString()).put("version", run + 2).put("deleted", false)
                    .set("fields", bram.find(ref.id()).orElseThrow().body()))));
            start = System.nanoTime();
            // The same change, plainly: sent once up, fetched once down, stored as one row.
            plainBytes = baseline.transfer(List.of(record)) + baseline.transfer(List.of(record));
            PlainBaseline.insert(anna.directory().resolveSibling("plain-inc.db"), List.of(record));
            plainMillis.add((System.nanoTime() - start) / 1e6);
        }
        double sync = median(roundTrip.subList(2, roundTrip.size()));
        double plain = median(plainMillis.subList(2, plainMillis.size()));
        System.out.printf(Locale.ROOT, "| one changed field (push by anna + pull by bram) | %.0f ms | %.1f KB | plain HTTP up + down"
            + " + one-row insert %.1f ms | %.2f KB | time x%.1f, bytes x%.1f |%n", sync, bytes / 1e3, plain, plainBytes / 1e3,
            sync / plain, (double) bytes / plainBytes);
        System.out.println("  sync runs (ms, first two are warm-up): " + roundTrip + "; plain: " + plainMillis);
    }

    /**
     * The pull pages as plain JSON, fetched straight from the server, for the baseline to move the same bytes;
     * {@code pagesFrom[0]} is set to when the first page was asked for (after the login and its password hash).
     */
    private static List<byte[]> pullPagesRaw(URI server, String username, long[] pagesFrom) throws Exception {
        SyncApi api = new SyncApi(server);
        String token = api.login(username, ServerProcess.PASSWORD.toCharArray(), "raw").accessToken();
        pagesFrom[0] = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        List<byte[]> pages = new ArrayList<>();
        String cursor = null;
        while (true) {
            String query = "/sync/pull?limit=1000" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.resolve(query))
                .header("Authorization", "Bearer " + token).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
                body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
            }
            pages.add(body);
            JsonNode page = JSON.readTree(body);
            cursor = page.get("cursor").asText();
            if (!page.get("hasMore").asBoolean()) {
                return pages;
            }
        }
    }

    /** The median of the runs after the warm-up ones (a cold JVM's: class loading, the JIT compiling the code paths). */
    private static double warm(List<Double> values) {
        return median(values.subList(PULL_WARMUPS, values.size()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
