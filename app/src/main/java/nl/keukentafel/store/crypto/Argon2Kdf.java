package nl.keukentafel.store.crypto;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Derives the key-encryption key from the passphrase with Argon2id (Bouncy Castle). Thread-safe. */
public final class Argon2Kdf {
    public static final int KEY_LENGTH = 32;

    private Argon2Kdf() {
    }

    /** The caller wipes the result. The passphrase is not touched. */
    public static byte[] derive(char[] passphrase, byte[] salt, KdfParams params) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] password = Secrets.utf8(passphrase);
        try {
            byte[] key = new byte[KEY_LENGTH];
            generator.generateBytes(password, key);
            return key;
        } finally {
            Secrets.wipe(password);
        }
    }
}
