package nl.keukentafel.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations in nanoseconds, summarised as percentiles in milliseconds. Not thread-safe. */
final class Samples {
    private final List<Long> nanos = new ArrayList<>();

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    int count() {
        return nanos.size();
    }

    /** The q-quantile (0..1) by nearest rank, in milliseconds. */
    double percentileMillis(double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    double meanMillis() {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    String summary() {
        return String.format(java.util.Locale.ROOT, "p50 %.1f ms, p99 %.1f ms (n=%d, max %.1f ms)",
                percentileMillis(0.50), percentileMillis(0.99), count(), percentileMillis(1.0));
    }
}
