package nl.keukentafel.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.keukentafel.logic.CaseloadService;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.demo.DemoFamily;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * Caseload search as the consultant types: queries of one, two and three letters and whole names (one or two
 * words), through {@link CaseloadService#search} over 10,000 families. Not thread-safe.
 */
final class SearchLatency {
    private static final String LETTERS = "abdeghiklmnoprstvwz";

    private SearchLatency() {
    }

    static void measure(VaultBenchmark bench, int familyCount) throws Exception {
        List<DemoFamily> families = bench.families(familyCount);
        long loadStart = System.nanoTime();
        try (Vault vault = bench.newVault("search")) {
            BulkLoader.load(vault, families);
        }
        SessionManager manager = new SessionManager(new VaultLocation(bench.directory("search")), Clock.systemUTC(),
                KdfParams.FAST_FOR_TESTS);
        long unlockStart = System.nanoTime();
        Session session = manager.unlock(VaultBenchmark.PASSPHRASE.clone());
        double reindexSeconds = (System.nanoTime() - unlockStart) / 1e9;
        VaultBenchmark.progress("search vault: %d families loaded in %.1f s, unlock with full reindex %.1f s", familyCount,
                (unlockStart - loadStart) / 1e9, reindexSeconds);
        try {
            Random random = new Random(VaultBenchmark.SEED);
            CaseloadService caseload = session.caseload();
            for (int warmup = 0; warmup < 30; warmup++) {
                caseload.search(query(random, families, warmup % 4), false);
            }
            List<Samples> byKind = List.of(new Samples(), new Samples(), new Samples(), new Samples());
            Samples all = new Samples();
            long hits = 0;
            int perKind = Integer.getInteger("bench.searchSamples", 100);
            for (int sample = 0; sample < perKind * byKind.size(); sample++) {
                int kind = sample % byKind.size();
                String query = query(random, families, kind);
                long start = System.nanoTime();
                hits += caseload.search(query, false).size();
                long duration = System.nanoTime() - start;
                byKind.get(kind).add(duration);
                all.add(duration);
            }
            String size = familyCount + " families";
            String[] names = {"1 letter", "2 letters", "3 letters", "whole names"};
            for (int kind = 0; kind < names.length; kind++) {
                bench.report().row("Caseload search, " + names[kind], byKind.get(kind).summary(), size);
            }
            bench.report().row("Caseload search, all queries", all.summary(), String.format(Locale.ROOT,
                    "%s; mean %.0f hits (list capped at 500)", size, (double) hits / all.count()));
            bench.report().row("Rebuild of the caseload index on unlock", String.format(Locale.ROOT, "%.1f s", reindexSeconds),
                    size + " (only after a migration that asks for it)");
            VaultBenchmark.progress("search measured: %s", all.summary());
        } finally {
            manager.lock();
        }
    }

    /** Kind 0–2: the first 1–3 letters of a name as typed; kind 3: a whole name, sometimes given name and surname. */
    private static String query(Random random, List<DemoFamily> families, int kind) {
        DemoFamily family = families.get(random.nextInt(families.size()));
        DemoFamily.DemoMember member = family.members().get(random.nextInt(family.members().size()));
        String surname = member.fields().get(Member.Field.FAMILY_NAME);
        if (kind == 0) {
            return String.valueOf(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        if (kind < 3) {
            String word = random.nextBoolean() ? member.fields().get(Member.Field.GIVEN_NAME) : surname.replaceFirst("^.* ", "");
            return word.substring(0, Math.min(word.length(), kind + 1)).toLowerCase(Locale.ROOT);
        }
        List<String> choices = new ArrayList<>(List.of(surname, member.fields().get(Member.Field.GIVEN_NAME) + " " + surname,
                family.household().get(Family.Field.STREET).replaceFirst(" \\d+$", "")));
        return choices.get(random.nextInt(choices.size()));
    }
}
