package nl.keukentafel.store.crypto;

/**
 * Argon2id cost parameters, stored beside the salt in the key file so a vault opens with the parameters
 * it was made with, whatever the current default is.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
    /**
     * Tuned on the 2-core reference machine to ~0.5–1 s (docs/benchmarks.md): 8 passes over 64 MiB took
     * 0.56–0.77 s there while other builds ran; the earlier 3 passes took only 0.23–0.5 s.
     */
    public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 8, 1);
    /** Cheap parameters for tests that create many vaults; never used by the app. */
    public static final KdfParams FAST_FOR_TESTS = new KdfParams(1024, 1, 1);

    /**
     * Upper bounds far above any sensible tuning: a damaged key file must be reported as unreadable, not make
     * the unlock run out of memory or run for days.
     */
    public static final int MAX_MEMORY_KIB = 1 << 20;
    public static final int MAX_ITERATIONS = 64;
    public static final int MAX_PARALLELISM = 16;

    public KdfParams {
        if (memoryKiB < 8 || iterations < 1 || parallelism < 1
                || memoryKiB > MAX_MEMORY_KIB || iterations > MAX_ITERATIONS || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2 parameters out of range");
        }
    }
}
