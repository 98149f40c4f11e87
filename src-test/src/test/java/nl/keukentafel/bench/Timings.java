package nl.keukentafel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall-clock and CPU nanoseconds of repeated calls, read back as quantiles in milliseconds; the benchmarks print a
 * measured quantile beside a baseline's from the same run. Not thread-safe.
 */
public final class Timings {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Long> wall = new ArrayList<>();
    private final List<Long> cpu = new ArrayList<>();
    private int sink;

    /** Times one call; its result is kept (counted) so the JIT cannot drop the work. */
    public void time(Supplier<Object> work) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Object result = work.get();
        wall.add(System.nanoTime() - start);
        cpu.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
        sink += result == null ? 0 : 1;
    }

    public double wall(double quantile) {
        return percentile(wall, quantile);
    }

    public double cpu(double quantile) {
        return percentile(cpu, quantile);
    }

    /** How many calls returned something: printed by nobody, read so the results stay live. */
    public int sink() {
        return sink;
    }

    private static double percentile(List<Long> nanos, double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
