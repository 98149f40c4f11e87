package nl.keukentafel.store.crypto;

/**
 * Argon2id cost parameters, stored beside the salt in the key file so a vault opens with the parameters
 * it was made with, whatever the current default is.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
    /**
     * Tuned on the 2-core reference machine to ~0.5–1 s (docs/benchmarks.md). Measured over 64 MiB: 5 passes
     * 0.42 s, 8 passes 0.56–1.26 s depending on the load from other builds; 6 passes sits in the middle of the
     * target either way. Stored per vault, so a change here only affects new vaults and passphrase changes.
     */
    public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 6, 1);
    /** Cheap parameters for tests that create many vaults; never used by the app. */
    public static final KdfParams FAST_FOR_TESTS = new KdfParams(1024, 1, 1);

    /**
     * Upper bounds far above any sensible tuning: a damaged key file must be reported as unreadable, not make
     * the unlock run out of memory or run for days.
     */
    public static final int MAX_MEMORY_KIB = 1 << 20;
    public static final int MAX_ITERATIONS = 64;
    public static final int MAX_PARALLELISM = 16;
    /**
     * Each bound alone still allows 1 GiB × 64 passes, minutes of work on this machine. The total — memory times passes,
     * what the unlock actually costs — is bounded too: 4 GiB-passes is ten times the default (64 MiB × 6) and a few
     * seconds; beyond that the key file is taken as damaged.
     */
    public static final long MAX_WORK_KIB_PASSES = 4L << 20;

    public KdfParams {
        if (memoryKiB < 8 || iterations < 1 || parallelism < 1
                || memoryKiB > MAX_MEMORY_KIB || iterations > MAX_ITERATIONS || parallelism > MAX_PARALLELISM
                || (long) memoryKiB * iterations > MAX_WORK_KIB_PASSES) {
            throw new IllegalArgumentException("Argon2 parameters out of range");
        }
    }
}
