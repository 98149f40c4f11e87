package nl.keukentafel.store.crypto;

/**
 * Argon2id cost parameters, stored beside the salt in the key file so a vault opens with the parameters
 * it was made with, whatever the current default is.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
    /** Tuned on the 2-core reference machine to ~0.5–1 s (docs/benchmarks.md). */
    public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 3, 1);
    /** Cheap parameters for tests that create many vaults; never used by the app. */
    public static final KdfParams FAST_FOR_TESTS = new KdfParams(1024, 1, 1);

    public KdfParams {
        if (memoryKiB < 8 || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2 parameters out of range");
        }
    }
}
