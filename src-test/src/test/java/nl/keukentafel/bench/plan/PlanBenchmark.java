package nl.keukentafel.bench.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.keukentafel.bench.Timings;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.plan.PlanComparison;
import nl.keukentafel.logic.plan.PlanDiff;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalDecision;
import nl.keukentafel.model.plan.GoalResult;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Vote;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * The werkplan benchmark (issue 11, not a test): on a real encrypted vault, one dossier with 30 goals of 5 actions
 * each, 4 agreed versions and 10 evaluations (besides its family: 2 parents, 3 children, 6 contacts). Measured in one
 * run, warm, alternating so machine noise hits both sides alike:
 * (a) {@code PlanService.read} (what the Werkplan tab loads) against {@code DossierService.read} of the same dossier
 * (what the Familie tab loads) — the baseline;
 * (b) {@code PlanComparison.compare} of versions 3 and 4 (and 1 and 4), against the same baseline.
 * Run: {@code ./mvn21 -q -pl src-test -am test-compile exec:java@planbench}; {@code -Dbench.plan.rounds} (default
 * 200) timed repeats per measure. Fictional data only; the vault lives in a temp directory deleted afterwards.
 * Not thread-safe.
 */
public final class PlanBenchmark {
    private static final int GOALS = 30;
    private static final int ACTIONS_PER_GOAL = 5;
    private static final int VERSIONS = 4;
    private static final int EVALUATIONS = 10;
    private static final char[] PASSPHRASE = "appel peer banaan kiwi mango".toCharArray();

    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.plan.rounds", 200);
        Path directory = Files.createTempDirectory("keukentafel-planbench");
        SessionManager manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        try {
            Session session = manager.create(PASSPHRASE.clone(), PASSPHRASE.clone(), "Benchmark Regisseur");
            long buildStart = System.nanoTime();
            UUID dossier = build(session);
            long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
            run(session, dossier, rounds, buildMillis);
        } finally {
            manager.lock();
            deleteQuietly(directory);
        }
    }

    private static void run(Session session, UUID dossier, int rounds, long buildMillis) {
        PlanService plan = session.plan();
        PlanState state = plan.read(dossier);
        check(state);
        List<PlanVersion> versions = state.versions();
        int records = session.vault().records().dossierRecords(dossier).size();
        int bytes = session.vault().records().dossierRecords(dossier).stream().mapToInt(stored -> stored.body().toString().length())
                .sum();
        System.err.printf(Locale.ROOT, "[planbench] built in %d ms: %d records, %d KB of JSON bodies; warming up%n", buildMillis,
                records, bytes / 1024);

        Supplier<Object> familyTab = () -> session.dossiers().read(dossier);
        Supplier<Object> planTab = () -> plan.read(dossier);
        Supplier<Object> compareLast = () -> PlanComparison.compare(versions.get(2).snapshot(), versions.get(3).snapshot());
        Supplier<Object> compareFirstLast = () -> PlanComparison.compare(versions.get(0).snapshot(), versions.get(3).snapshot());
        Supplier<Object> compareDraft = () -> PlanComparison.compare(versions.get(3).snapshot(), state.draft());
        List<Supplier<Object>> all = List.of(familyTab, planTab, compareLast, compareFirstLast, compareDraft);
        for (int round = 0; round < Math.max(50, rounds / 2); round++) {
            all.forEach(Supplier::get);
        }

        List<Timings> timings = new ArrayList<>();
        for (int index = 0; index < all.size(); index++) {
            timings.add(new Timings());
        }
        for (int round = 0; round < rounds; round++) {
            // rotate the order each round, so no measure always runs right after the same other one
            for (int step = 0; step < all.size(); step++) {
                int index = (round + step) % all.size();
                timings.get(index).time(all.get(index));
            }
        }
        Timings family = timings.get(0);
        System.out.printf(Locale.ROOT, "Werkplan, one dossier: %d goals x %d actions, %d agreed versions, %d evaluations; %d records,"
                + " %d KB JSON; %d warm repeats each; Java %s, %d cores%n", GOALS, ACTIONS_PER_GOAL, VERSIONS, EVALUATIONS, records,
                bytes / 1024, rounds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| Measure | p50 | p95 | max | CPU p50 | ratio to the Familie tab read (p50, wall / CPU) | target |");
        System.out.println("|---|---|---|---|---|---|---|");
        row("Familie tab data: `DossierService.read` (baseline)", family, family, "");
        row("Werkplan tab data: `PlanService.read`", timings.get(1), family, "< 100 ms");
        row("`PlanComparison.compare`, version 3 → 4", timings.get(2), family, "< 50 ms");
        row("`PlanComparison.compare`, version 1 → 4", timings.get(3), family, "< 50 ms");
        row("`PlanComparison.compare`, version 4 → draft", timings.get(4), family, "< 50 ms");
    }

    private static void row(String name, Timings measured, Timings baseline, String target) {
        System.out.printf(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f× / %.2f× | %s |%n", name,
                measured.wall(0.5), measured.wall(0.95), measured.wall(1.0), measured.cpu(0.5),
                measured.wall(0.5) / baseline.wall(0.5), measured.cpu(0.5) / baseline.cpu(0.5), target);
    }

    /** Fails loudly when the dossier is not what the benchmark says it measures. */
    private static void check(PlanState state) {
        if (state.goals().size() != GOALS || state.actions().size() != GOALS * ACTIONS_PER_GOAL
                || state.versions().size() != VERSIONS || state.evaluations().size() != EVALUATIONS) {
            throw new IllegalStateException("unexpected dossier: " + state.goals().size() + " goals, " + state.actions().size()
                    + " actions, " + state.versions().size() + " versions, " + state.evaluations().size() + " evaluations");
        }
        PlanDiff diff = PlanComparison.compare(state.versions().get(2).snapshot(), state.versions().get(3).snapshot());
        if (diff.goals().size() < GOALS) {
            throw new IllegalStateException("the comparison lost goals: " + diff.goals().size());
        }
    }

    /**
     * The dossier through the app's own use cases and store (one transaction per step, as typing would commit):
     * family, the plan with its goals and actions typed in, four agreements with changes between them, ten evaluations.
     */
    private static UUID build(Session session) {
        RecordStore records = session.vault().records();
        PlanService plan = session.plan();
        UUID dossier = session.caseload().createFamily("Familie Benchmarkhof").join();
        List<UUID> members = new ArrayList<>();
        String[][] people = {{"Marloes", "PARENT", "14-03-1987"}, {"Gerrit", "PARENT", "02-11-1985"},
            {"Joep", "CHILD", "02-05-2012"}, {"Fenna", "CHILD", "19-08-2015"}, {"Siem", "CHILD", "30-01-2020"}};
        for (String[] person : people) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(Member.Field.GIVEN_NAME, person[0]);
            fields.put(Member.Field.FAMILY_NAME, "Benchmarkhof");
            fields.put(Member.Field.ROLE, HouseholdRole.valueOf(person[1]).name());
            fields.put(Member.Field.BIRTH_DATE, person[2]);
            members.add(records.create(RecordKind.MEMBER, dossier, fields).join().id());
        }
        List<UUID> contacts = new ArrayList<>();
        for (int index = 1; index <= 6; index++) {
            contacts.add(records.create(RecordKind.CONTACT, dossier, Map.of(Contact.Field.NAME, "Contactpersoon " + index,
                    Contact.Field.ORGANISATION, "Organisatie " + index, Contact.Field.PROFESSIONAL, index <= 4)).join().id());
        }
        plan.start(dossier).join();
        records.patch(PlanIds.plan(dossier), Map.of(Plan.Field.PROBLEM_ANALYSIS, sentence("Analyse", 0, 40),
                Plan.Field.GOES_WELL, sentence("Wat gaat goed", 0, 30), Plan.Field.PERSPECTIVE, sentence("Perspectief", 0, 30))).join();
        List<RecordRef> goals = new ArrayList<>();
        List<RecordRef> actions = new ArrayList<>();
        for (int goal = 0; goal < GOALS; goal++) {
            RecordRef goalRef = plan.addGoal(dossier, sentence("Doel " + (goal + 1), goal, 18)).join();
            records.patch(goalRef, Map.of(Goal.Field.TARGET_DATE, "01-06-2027", Goal.Field.MEMBER_IDS,
                    List.of(members.get(goal % members.size())), Goal.Field.DOMAIN_CODES, List.of("financien", "opvoeding"))).join();
            goals.add(goalRef);
            for (int action = 0; action < ACTIONS_PER_GOAL; action++) {
                RecordRef actionRef = plan.addAction(dossier, goalRef.id()).join();
                records.patch(actionRef, Map.of(Action.Field.WHAT, sentence("Actie " + (action + 1), goal * 7 + action, 14),
                        Action.Field.OWNER_KIND, OwnerKind.CONTACT.name(), Action.Field.OWNER_ID, contacts.get(action % contacts.size()),
                        Action.Field.DUE_DATE, "15-0" + (1 + action) + "-2027", Action.Field.NOTE, sentence("Notitie", action, 10))).join();
                actions.add(actionRef);
            }
        }
        List<Party> parties = List.of(new Party(members.get(0), "Marloes", PartyRole.PARENT, Vote.AGREED, ""),
                new Party(members.get(1), "Gerrit", PartyRole.PARENT, Vote.AGREED, ""),
                new Party(members.get(2), "Joep", PartyRole.CHILD, Vote.AGREED, ""),
                new Party(contacts.get(0), "Contactpersoon 1", PartyRole.PROFESSIONAL, Vote.ABSENT, "ziek"));
        for (int version = 0; version < VERSIONS; version++) {
            if (version > 0) {
                // between agreements: a few goals reworded, some actions done, one goal moved
                for (int goal = version; goal < GOALS; goal += 7) {
                    records.patch(goals.get(goal), Map.of(Goal.Field.TEXT, sentence("Doel " + (goal + 1) + " (v" + (version + 1) + ")",
                            goal + version, 18), Goal.Field.STATUS, GoalStatus.ACTIVE.name())).join();
                }
                for (int action = version; action < actions.size(); action += 11) {
                    records.patch(actions.get(action), Map.of(Action.Field.STATUS, ActionStatus.DONE.name())).join();
                }
                plan.moveGoal(dossier, goals.get(version * 3).id(), -1).join();
            }
            plan.agree(dossier, String.format(Locale.ROOT, "%02d-%02d-2026", 1 + version * 7, 3 + version), parties, 6).join();
        }
        for (int evaluation = 0; evaluation < EVALUATIONS; evaluation++) {
            // the use case (attendance per member and contact, a review per goal, a safety assessment per child), then typed in
            RecordRef held = plan.startEvaluation(dossier, String.format(Locale.ROOT, "%02d-%02d-2026", 1 + evaluation * 2,
                    1 + evaluation)).join();
            List<GoalReview> reviews = new ArrayList<>();
            for (RecordRef goal : goals) {
                reviews.add(new GoalReview(goal.id(), GoalResult.PARTLY_ACHIEVED, sentence("Evaluatie", evaluation, 12),
                        GoalDecision.CONTINUE));
            }
            records.patch(held, Map.of(Evaluation.Field.REVIEWS, reviews,
                    Evaluation.Field.SCORES, Map.of("financien", 2 + evaluation % 3, "opvoeding", 3),
                    Evaluation.Field.NOTES, sentence("Verslag", evaluation, 40))).join();
        }
        return dossier;
    }

    private static final String[] WORDS = {"gezin", "school", "werk", "geld", "rust", "afspraken", "netwerk", "buurt", "zorg",
        "overzicht", "samen", "wekelijks", "mentor", "schuldhulp", "huisarts", "opvoeding", "slapen", "sport", "oma", "buren"};

    /** A fictional Dutch-looking sentence of {@code words} words, varied by {@code seed}. */
    private static String sentence(String prefix, int seed, int words) {
        StringBuilder text = new StringBuilder(prefix).append(':');
        for (int word = 0; word < words; word++) {
            text.append(' ').append(WORDS[(seed * 31 + word * 7) % WORDS.length]);
        }
        return text.append('.').toString();
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
