package nl.keukentafel.bench.genogram;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;
import nl.keukentafel.logic.genogram.layout.GenogramLayouter;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;

/**
 * The genogram layout benchmark (not a test): the time {@link RuleLayouter} takes for seeded random families of 30,
 * 100 and 300 people (generations, remarriages, twins; {@code SampleFamilies.random}), against {@link NaiveGridLayouter}
 * on the same families in the same run, alternated layout by layout so machine noise hits both alike.
 * Run: {@code ./mvn21 -q -pl src-test -am test-compile exec:java@genobench}; {@code -Dbench.geno.rounds} (default 40)
 * layouts per family and side, {@code -Dbench.geno.seeds} (default 5) families per size. Not thread-safe.
 */
public final class GenogramBenchmark {
    private static final int[] SIZES = {30, 100, 300};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GenogramBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = Integer.getInteger("bench.geno.rounds", 40);
        int seeds = Integer.getInteger("bench.geno.seeds", 5);
        GenogramLayouter rules = new RuleLayouter();
        GenogramLayouter naive = new NaiveGridLayouter();
        warmUp(rules, naive);
        System.out.printf(Locale.ROOT, "Genogram layout, %d families per size, %d layouts each per side; Java %s, %d cores%n", seeds,
                rounds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| people | RuleLayouter p50 | p99 | max | CPU p50 | naive grid p50 | CPU p50 | ratio of p50s (wall / CPU) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int size : SIZES) {
            List<Long> ruled = new ArrayList<>();
            List<Long> grid = new ArrayList<>();
            List<Long> ruledCpu = new ArrayList<>();
            List<Long> gridCpu = new ArrayList<>();
            for (long seed = 1; seed <= seeds; seed++) {
                FamilyGraph graph = SampleFamilies.random(size, seed);
                for (int round = 0; round < rounds; round++) {
                    boolean rulesFirst = round % 2 == 0;
                    long[] first = time(rulesFirst ? rules : naive, graph);
                    long[] second = time(rulesFirst ? naive : rules, graph);
                    long[] rule = rulesFirst ? first : second;
                    long[] naiveTimes = rulesFirst ? second : first;
                    ruled.add(rule[0]);
                    ruledCpu.add(rule[1]);
                    grid.add(naiveTimes[0]);
                    gridCpu.add(naiveTimes[1]);
                }
            }
            double ruleMedian = percentile(ruled, 0.5);
            double gridMedian = percentile(grid, 0.5);
            double ruleCpu = percentile(ruledCpu, 0.5);
            double gridCpuMedian = percentile(gridCpu, 0.5);
            System.out.printf(Locale.ROOT, "| %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.3f ms | %.3f ms | x%.0f / x%.0f |%n", size,
                    ruleMedian, percentile(ruled, 0.99), percentile(ruled, 1.0), ruleCpu, gridMedian, gridCpuMedian,
                    ruleMedian / gridMedian, ruleCpu / gridCpuMedian);
        }
    }

    /** Enough layouts of every size for the JIT to compile the hot paths before anything is timed. */
    private static void warmUp(GenogramLayouter rules, GenogramLayouter naive) {
        for (int round = 0; round < 30; round++) {
            for (int size : SIZES) {
                FamilyGraph graph = SampleFamilies.random(size, 1000 + round);
                rules.layout(graph);
                naive.layout(graph);
            }
        }
    }

    /** Wall-clock and this thread's CPU nanoseconds of one layout (CPU time is what a loaded machine does not inflate). */
    private static long[] time(GenogramLayouter layouter, FamilyGraph graph) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        GenogramLayout layout = layouter.layout(graph);
        long elapsed = System.nanoTime() - start;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        if (layout.persons().size() != graph.persons().size()) {
            throw new IllegalStateException("a layout lost persons");
        }
        return new long[] {elapsed, cpu};
    }

    /** The q-quantile by nearest rank, in milliseconds. */
    private static double percentile(List<Long> nanos, double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
