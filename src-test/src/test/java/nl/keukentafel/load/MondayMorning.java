package nl.keukentafel.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.keukentafel.faults.Convergence;
import nl.keukentafel.faults.FaultClient;
import nl.keukentafel.faults.Ledger;
import nl.keukentafel.faults.Seeder;
import nl.keukentafel.faults.ServerProcess;
import nl.keukentafel.faults.ServerView;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.server.admin.Admin;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.db.DatabaseSettings;
import nl.keukentafel.sync.server.db.ServerDatabase;

/**
 * A municipality's Monday morning in its production shape: one real PostgreSQL ({@link PostgresServer}), two server
 * instances ({@link ServerProcess#startExternal}) behind HAProxy ({@link Haproxy}), and {@code laptops} simulated
 * laptops — each the real sync client on the real encrypted vault (fast KDF) — with 27 families of its own and 3
 * of a colleague's. All laptops sync at once: each does three sessions of 10–25 changed phone numbers and one new
 * member, then a round, with 0.5–1.5 s think time between; in the first session each also changes the same field
 * of one member in each of the 3 shared families that the colleague changes too (a same-field conflict per shared
 * member). During the load one instance is SIGKILLed and restarted (as a supervisor would, again if it exits) and
 * PostgreSQL is restarted; the clients retry failed rounds with backoff (without faults, when asked, neither happens).
 * Afterwards every laptop syncs until quiet and the campaign's checks run, and every failed request and retried round
 * is put in its fault window ({@link ErrorsByCause}) from HAProxy's request log, its view of the instances
 * ({@link HealthWatch}) and the laptops' own retry records. Everything on 127.0.0.1; bounded in count and time. Not
 * thread-safe.
 */
final class MondayMorning {
    static final int OWN_FAMILIES = 27;
    static final int SHARED_FAMILIES = 3;
    private static final int SESSIONS = 3;
    private static final long ROUND_DEADLINE_MILLIS = 180_000;

    /** What one run measured. */
    record Report(int laptops, double p50Millis, double p99Millis, double maxMillis, double loadSeconds, long requests,
                  long serverErrors, int clientRetries, double instanceCpuSeconds, double postgresCpuSeconds,
                  double peakInstanceRssMib, long conflicts, long records, double convergeSeconds, boolean faults,
                  ErrorsByCause errors) {
        String line() {
            return String.format(Locale.ROOT, "| %d%s | %.0f ms | %.0f ms | %.0f ms | %.1f s | %.0f | %d / %d | %d"
                    + " | %.1f s + PostgreSQL %.1f s | %.0f MiB | %d | %d | %.1f s |", laptops, faults ? "" : " (no faults)", p50Millis,
                p99Millis, maxMillis, loadSeconds, requests / loadSeconds, serverErrors, requests, clientRetries, instanceCpuSeconds,
                postgresCpuSeconds, peakInstanceRssMib, conflicts, records, convergeSeconds);
        }

        static String header() {
            return "| laptops | round p50 | round p99 | round max | load wall time | requests/s | 5xx / requests (HAProxy)"
                + " | client retries | CPU: both instances | peak RSS per instance | conflicts | records | all converged after |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|";
        }
    }

    private final Path work;
    private final int laptops;
    private final Ledger ledger = new Ledger();
    private final List<Double> roundMillis = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger roundsDone = new AtomicInteger();
    private final List<ErrorsByCause.ClientRetry> clientRetries = Collections.synchronizedList(new ArrayList<>());
    private final boolean withFaults;

    private MondayMorning(Path work, int laptops, boolean withFaults) {
        this.work = work;
        this.laptops = laptops;
        this.withFaults = withFaults;
    }

    /** A run with the SIGKILL and the PostgreSQL restart ({@code withFaults}) or without any fault. */
    static Report run(Path work, int laptops, boolean withFaults) throws Exception {
        return new MondayMorning(work, laptops, withFaults).run();
    }

    private Report run() throws Exception {
        try (PostgresServer postgres = PostgresServer.start(100)) {
            DatabaseSettings database = DatabaseSettings.external(postgres.jdbcUrl(), "postgres", "");
            List<UUID> dossiers;
            int first = PostgresServer.freePort();
            int second = PostgresServer.freePort();
            try (ServerDatabase migrated = ServerDatabase.open(database)) {
                Admin admin = new Admin(migrated.db(), new PasswordHasher(PasswordHasher.FAST_FOR_TESTS), Clock.systemUTC());
                admin.createUser("kantoor", ServerProcess.PASSWORD.toCharArray());
                admin.createUser("controle", ServerProcess.PASSWORD.toCharArray());
                for (int laptop = 0; laptop < laptops; laptop++) {
                    admin.createUser(user(laptop), ServerProcess.PASSWORD.toCharArray());
                }
            }
            try (ServerProcess one = ServerProcess.startExternal(postgres.jdbcUrl(), "postgres", first,
                     work.resolve("instance-1.log"));
                 ServerProcess two = ServerProcess.startExternal(postgres.jdbcUrl(), "postgres", second,
                     work.resolve("instance-2.log"));
                 Haproxy haproxy = Haproxy.start(work, List.of(first, second));
                 HealthWatch health = new HealthWatch(haproxy)) {
                dossiers = seed(haproxy, database);
                List<FaultClient> clients = startLaptops(haproxy, dossiers);
                try {
                    return morning(postgres, haproxy, health, one, two, clients, dossiers, database);
                } finally {
                    clients.forEach(FaultClient::close);
                }
            }
        }
    }

    private static String user(int laptop) {
        return "laptop-" + laptop;
    }

    /** Families the office pushes and assigns: laptop i owns 27, and shares the first 3 of laptop i-1. */
    private List<UUID> seed(Haproxy haproxy, DatabaseSettings database) throws Exception {
        Seeder seeder = new Seeder().families(laptops * OWN_FAMILIES, 4, 4, 16);
        SyncApi api = new SyncApi(haproxy.uri());
        seeder.push(api, api.login("kantoor", ServerProcess.PASSWORD.toCharArray(), "import").accessToken());
        List<UUID> dossiers = seeder.dossiers();
        try (ServerDatabase shared = ServerDatabase.open(database)) {
            Admin admin = new Admin(shared.db(), new PasswordHasher(PasswordHasher.FAST_FOR_TESTS), Clock.systemUTC());
            for (int laptop = 0; laptop < laptops; laptop++) {
                for (UUID dossier : caseload(dossiers, laptop)) {
                    admin.assign(dossier, user(laptop));
                }
            }
            for (UUID dossier : dossiers) {
                admin.assign(dossier, "controle");
            }
        }
        return dossiers;
    }

    private List<UUID> own(List<UUID> dossiers, int laptop) {
        return dossiers.subList(laptop * OWN_FAMILIES, (laptop + 1) * OWN_FAMILIES);
    }

    private List<UUID> shared(List<UUID> dossiers, int laptop) {
        return own(dossiers, (laptop + laptops - 1) % laptops).subList(0, SHARED_FAMILIES);
    }

    private List<UUID> caseload(List<UUID> dossiers, int laptop) {
        List<UUID> all = new ArrayList<>(own(dossiers, laptop));
        all.addAll(shared(dossiers, laptop));
        return all;
    }

    private List<FaultClient> startLaptops(Haproxy haproxy, List<UUID> dossiers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FaultClient>> started = new ArrayList<>();
            for (int laptop = 0; laptop < laptops; laptop++) {
                int index = laptop;
                started.add(pool.submit(() -> {
                    FaultClient client;
                    // One vault opened at a time: the cipher's connection set-up crashed natively when run concurrently.
                    synchronized (MondayMorning.class) {
                        client = FaultClient.create(Files.createDirectories(work.resolve(user(index))), "Laptop " + index,
                            haproxy.uri(), Clock.systemUTC());
                    }
                    client.login(user(index));
                    client.syncThrough(3);
                    return client;
                }));
            }
            List<FaultClient> clients = new ArrayList<>();
            for (Future<FaultClient> client : started) {
                clients.add(client.get(10, TimeUnit.MINUTES));
            }
            return clients;
        } finally {
            pool.shutdownNow();
        }
    }

    private Report morning(PostgresServer postgres, Haproxy haproxy, HealthWatch health, ServerProcess one, ServerProcess two,
                           List<FaultClient> clients, List<UUID> dossiers, DatabaseSettings database) throws Exception {
        long[] before = haproxy.requestsAndServerErrors();
        double postgresCpuBefore = postgres.cpuSeconds();
        double cpuBefore = ProcessStats.cpuSeconds(one.pid()) + ProcessStats.cpuSeconds(two.pid());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int laptop = 0; laptop < laptops; laptop++) {
            int index = laptop;
            threads.add(Thread.ofPlatform().name(user(index)).start(() -> {
                try {
                    go.await();
                    workAndSync(clients.get(index), index, dossiers);
                } catch (Throwable failure) {
                    failures.add(failure);
                }
            }));
        }
        Faults faults = new Faults(postgres, one, laptops * SESSIONS);
        Thread faultThread = withFaults ? Thread.ofPlatform().name("faults").start(faults) : null;
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(10));
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        if (faultThread != null) {
            faultThread.join(TimeUnit.MINUTES.toMillis(3));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " laptops failed; the first: " + failures.get(0), failures.get(0));
        }
        if (faults.failure != null) {
            throw new AssertionError("a fault could not be made or undone", faults.failure);
        }
        if (withFaults && (!faults.killed || !faults.restartedPostgres) || !one.alive()) {
            throw new AssertionError("the faults did not all happen during the load, or the killed instance is not back");
        }
        long[] after = haproxy.requestsAndServerErrors();
        double cpu = faults.killedInstanceCpu + ProcessStats.cpuSeconds(one.pid()) + ProcessStats.cpuSeconds(two.pid()) - cpuBefore;
        double rss = Math.max(faults.killedInstanceRss, Math.max(ProcessStats.peakRssMib(one.pid()), ProcessStats.peakRssMib(two.pid())));
        double postgresCpu = faults.postgresCpuAtRestart - postgresCpuBefore + postgres.cpuSeconds();

        List<Double> sorted = new ArrayList<>(roundMillis);
        sorted.sort(null);
        long settleStart = System.nanoTime();
        settle(clients);
        double convergeSeconds = loadSeconds + (System.nanoTime() - settleStart) / 1e9;
        ServerView view = ServerView.as("controle", haproxy.uri(), database);
        for (int laptop = 0; laptop < laptops; laptop++) {
            Convergence.assertConverged(view, caseload(dossiers, laptop), clients.get(laptop));
        }
        synchronized (ledger) {
            Convergence.assertNothingLost(view, ledger);
        }
        Convergence.assertNothingDuplicated(view);
        long conflicts = view.count("select count(*) from conflict");
        if (conflicts != (long) laptops * SHARED_FAMILIES) {
            throw new AssertionError("expected one conflict per shared member, " + laptops * SHARED_FAMILIES + ", found " + conflicts);
        }
        long records = view.count("select count(*) from record");
        List<ErrorsByCause.ClientRetry> retried;
        synchronized (clientRetries) {
            retried = List.copyOf(clientRetries);
        }
        ErrorsByCause errors = new ErrorsByCause(startMillis, withFaults ? faults.windows(health) : ErrorsByCause.none(),
            haproxy.requests(), retried, health.changes());
        return new Report(laptops, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1), loadSeconds,
            after[0] - before[0], after[1] - before[1], retries.get(), cpu, postgresCpu, rss, conflicts, records, convergeSeconds,
            withFaults, errors);
    }

    /** Two sessions: changes in the vault, then a round, retried until it succeeds. */
    private void workAndSync(FaultClient client, int laptop, List<UUID> dossiers) throws Exception {
        Random random = new Random(laptop);
        String name = user(laptop);
        List<RecordRef> ownMembers = new ArrayList<>();
        for (UUID dossier : own(dossiers, laptop)) {
            for (StoredRecord record : client.vault().records().dossierRecords(dossier)) {
                if (record.ref().kind() == RecordKind.MEMBER) {
                    ownMembers.add(record.ref());
                }
            }
        }
        for (int session = 0; session < SESSIONS; session++) {
            int changes = 10 + random.nextInt(16);
            for (int change = 0; change < changes; change++) {
                RecordRef member = ownMembers.get(random.nextInt(ownMembers.size()));
                patch(client, name, member, "06" + (10_000_000 + random.nextInt(89_999_999)));
            }
            if (session == 0) {
                // The same field of the same member as the colleague who shares the family: one of them conflicts.
                for (UUID dossier : own(dossiers, laptop).subList(0, SHARED_FAMILIES)) {
                    patch(client, name, firstMember(client, dossier), "owner " + name);
                }
                for (UUID dossier : shared(dossiers, laptop)) {
                    patch(client, name, firstMember(client, dossier), "colleague " + name);
                }
            }
            UUID dossier = own(dossiers, laptop).get(random.nextInt(OWN_FAMILIES));
            Map<String, Object> fields = Map.of(Member.Field.GIVEN_NAME, "Nieuw" + session, Member.Field.FAMILY_NAME, "Lid" + laptop);
            RecordRef created = client.create(RecordKind.MEMBER, dossier, fields);
            synchronized (ledger) {
                ledger.created(name, created.id(), dossier, fields);
            }
            syncWithRetries(client);
            // Think time: the laptops came in together, then each works at its own pace.
            Thread.sleep(500 + random.nextInt(1000));
        }
    }

    private static RecordRef firstMember(FaultClient client, UUID dossier) {
        return client.vault().records().dossierRecords(dossier).stream().filter(record -> record.ref().kind() == RecordKind.MEMBER)
            .map(StoredRecord::ref).sorted(java.util.Comparator.comparing(RecordRef::id)).findFirst().orElseThrow();
    }

    private void patch(FaultClient client, String name, RecordRef member, String phone) {
        Map<String, Object> fields = Map.of(Member.Field.PHONE, phone);
        client.patch(member, fields);
        synchronized (ledger) {
            ledger.wrote(name, member.id(), member.dossierId(), fields);
        }
    }

    private void syncWithRetries(FaultClient client) throws Exception {
        long start = System.nanoTime();
        long deadline = System.currentTimeMillis() + ROUND_DEADLINE_MILLIS;
        int attempts = 0;
        while (true) {
            try {
                client.round();
                break;
            } catch (SyncException failure) {
                if (!failure.transientFailure() || System.currentTimeMillis() > deadline) {
                    throw failure;
                }
                // As the app's sync loop does: back off with jitter, so a hundred laptops do not hammer a server
                // that is down (250 ms doubling to 4 s).
                retries.incrementAndGet();
                clientRetries.add(new ErrorsByCause.ClientRetry(System.currentTimeMillis(), failure.status(),
                    failure.code() + why(failure)));
                long delay = Math.min(4000, 250L << Math.min(attempts++, 4));
                Thread.sleep(delay / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(delay / 2 + 1));
            }
        }
        roundMillis.add((System.nanoTime() - start) / 1e6);
        roundsDone.incrementAndGet();
    }

    /** For a failure without an answer, what the client's HTTP layer said (an exception's type and message, no data). */
    private static String why(SyncException failure) {
        return failure.status() > 0 || failure.getCause() == null ? ""
            : " (" + failure.getCause().getClass().getSimpleName() + ": " + failure.getCause().getMessage() + ")";
    }

    /** Every laptop syncs until quiet: twice round the team, so each has pulled what the others pushed last. */
    private void settle(List<FaultClient> clients) throws Exception {
        for (int pass = 0; pass < 2; pass++) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (FaultClient client : clients) {
                    done.add(pool.submit(() -> {
                        syncWithRetries(client);
                        return null;
                    }));
                }
                for (Future<?> each : done) {
                    each.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static double percentile(List<Double> sorted, double fraction) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1));
    }

    /** SIGKILL of one instance at a quarter of the rounds (restarted a second later), PostgreSQL restarted at half. */
    private final class Faults implements Runnable {
        private final PostgresServer postgres;
        private final ServerProcess victim;
        private final int rounds;
        volatile boolean killed;
        volatile boolean restartedPostgres;
        volatile double killedInstanceCpu;
        volatile double killedInstanceRss;
        volatile double postgresCpuAtRestart;
        volatile Throwable failure;
        volatile long killedAt;
        volatile long listeningAgainAt;
        volatile long postgresRestartAt;
        volatile long postgresAcceptingAt;

        Faults(PostgresServer postgres, ServerProcess victim, int rounds) {
            this.postgres = postgres;
            this.victim = victim;
            this.rounds = rounds;
        }

        @Override
        public void run() {
            try {
                awaitRounds(rounds / 4);
                killedInstanceCpu = ProcessStats.cpuSeconds(victim.pid());
                killedInstanceRss = ProcessStats.peakRssMib(victim.pid());
                killedAt = System.currentTimeMillis();
                victim.kill();
                killed = true;
                System.out.printf(Locale.ROOT, "  [faults] SIGKILL instance 1 after %d rounds%n", roundsDone.get());
                Thread restart = Thread.ofPlatform().start(() -> {
                    try {
                        // As a supervisor (systemd Restart=on-failure) does: an instance that cannot reach the
                        // database while it starts (PostgreSQL may be restarting too) exits and is started again.
                        for (int attempt = 1; ; attempt++) {
                            Thread.sleep(1000);
                            try {
                                victim.restart();
                                listeningAgainAt = System.currentTimeMillis();
                                break;
                            } catch (java.io.IOException exited) {
                                if (attempt == 5) {
                                    throw exited;
                                }
                                System.out.printf(Locale.ROOT, "  [faults] instance 1 exited while starting; again%n");
                            }
                        }
                        System.out.printf(Locale.ROOT, "  [faults] instance 1 back after %d rounds%n", roundsDone.get());
                    } catch (Exception notBack) {
                        failure = notBack;
                    }
                });
                awaitRounds(rounds / 2);
                postgresCpuAtRestart = postgres.cpuSeconds();
                postgresRestartAt = System.currentTimeMillis();
                postgres.restart();
                postgresAcceptingAt = System.currentTimeMillis();
                restartedPostgres = true;
                System.out.printf(Locale.ROOT, "  [faults] PostgreSQL restarted after %d rounds%n", roundsDone.get());
                restart.join();
            } catch (Exception notMade) {
                failure = notMade;
            }
        }

        /**
         * (a) from the kill until HAProxy has instance 1 back in rotation; (b) from the restart until PostgreSQL accepts
         * connections and every instance that left the rotation meanwhile is back. A window whose end HAProxy never
         * saw lasts to the end of the run (so nothing after it can be blamed on "outside").
         */
        List<ErrorsByCause.Window> windows(HealthWatch health) {
            long end = Long.MAX_VALUE / 2;
            long instanceBack = health.backInRotation("sync1", killedAt).orElse(end);
            List<ErrorsByCause.Window> windows = new ArrayList<>();
            windows.add(new ErrorsByCause.Window(ErrorsByCause.Cause.KILL, killedAt, instanceBack, String.format(Locale.ROOT,
                "instance 1 listening again after %.1f s, in HAProxy's rotation after %.1f s", (listeningAgainAt - killedAt) / 1e3,
                (instanceBack - killedAt) / 1e3)));
            long postgresBack = postgresAcceptingAt;
            StringBuilder note = new StringBuilder(String.format(Locale.ROOT, "accepting connections after %.1f s",
                (postgresAcceptingAt - postgresRestartAt) / 1e3));
            for (String server : List.of("sync1", "sync2")) {
                if (health.leftRotation(server, postgresRestartAt)) {
                    long back = health.backInRotation(server, postgresRestartAt).orElse(end);
                    postgresBack = Math.max(postgresBack, back);
                    note.append(String.format(Locale.ROOT, "; %s back in rotation after %.1f s", server,
                        (back - postgresRestartAt) / 1e3));
                }
            }
            windows.add(new ErrorsByCause.Window(ErrorsByCause.Cause.POSTGRES, postgresRestartAt, postgresBack, note.toString()));
            return windows;
        }

        private void awaitRounds(int count) throws InterruptedException {
            long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(10);
            while (roundsDone.get() < count && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        }
    }
}
