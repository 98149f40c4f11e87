package nl.keukentafel.sync.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}), so the cost
 * travels with each hash and can be raised later without breaking old ones. Thread-safe.
 */
public final class PasswordHasher {
    /** OWASP's first Argon2id recommendation: 19 MiB, 2 passes, 1 lane. */
    public static final Cost STANDARD = new Cost(19 * 1024, 2, 1);
    /** Cheap parameters for tests only; never for real accounts. */
    public static final Cost FAST_FOR_TESTS = new Cost(256, 1, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    /** Argon2id cost: memory in KiB, iterations, parallelism. */
    public record Cost(int memoryKib, int iterations, int parallelism) {
    }

    private final Cost cost;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher(Cost cost) {
        this.cost = cost;
        this.dummyHash = hash("not-a-password".toCharArray());
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, cost, HASH_BYTES);
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
            + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    public boolean verify(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        Cost storedCost = parseCost(parts[3]);
        byte[] salt = DECODER.decode(parts[4]);
        byte[] expected = DECODER.decode(parts[5]);
        return MessageDigest.isEqual(expected, derive(password, salt, storedCost, expected.length));
    }

    /** Spends the same time as a real check, so a login for an unknown name does not answer faster. */
    public void verifyNothing(char[] password) {
        verify(password, dummyHash);
    }

    private static Cost parseCost(String text) {
        int memory = 0;
        int iterations = 0;
        int parallelism = 0;
        for (String pair : text.split(",")) {
            String[] keyValue = pair.split("=");
            int value = Integer.parseInt(keyValue[1]);
            switch (keyValue[0]) {
                case "m" -> memory = value;
                case "t" -> iterations = value;
                case "p" -> parallelism = value;
                default -> throw new IllegalArgumentException("unknown Argon2 parameter " + keyValue[0]);
            }
        }
        return new Cost(memory, iterations, parallelism);
    }

    private static byte[] derive(char[] password, byte[] salt, Cost cost, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        byte[] passwordBytes = new String(password).getBytes(StandardCharsets.UTF_8);
        generator.generateBytes(passwordBytes, out);
        java.util.Arrays.fill(passwordBytes, (byte) 0);
        return out;
    }
}
