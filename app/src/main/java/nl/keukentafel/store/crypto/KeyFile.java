package nl.keukentafel.store.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The contents of {@code vault.key}: everything needed to unwrap the data key, nothing personal.
 * Immutable and thread-safe.
 */
public record KeyFile(int format, String vaultId, KdfParams kdf, byte[] salt, byte[] nonce, byte[] wrappedKey) {
    public static final int FORMAT = 1;
    private static final String KDF_NAME = "argon2id";
    private static final String WRAP_NAME = "AES-256-GCM";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_SALT_LENGTH = 8;
    private static final int NONCE_LENGTH = 12;
    /** A 256-bit data key plus the 128-bit GCM tag. */
    private static final int WRAPPED_KEY_LENGTH = 32 + 16;

    /** The part of the file that is authenticated (not encrypted) when wrapping the data key. */
    public byte[] header() {
        String header = "keukentafel-vault/" + format + "/" + vaultId + "/" + KDF_NAME + "/" + kdf.memoryKiB() + "/"
                + kdf.iterations() + "/" + kdf.parallelism() + "/" + Base64.getEncoder().encodeToString(salt);
        return header.getBytes(StandardCharsets.US_ASCII);
    }

    public KeyFile withWrapped(byte[] newNonce, byte[] newWrappedKey) {
        return new KeyFile(format, vaultId, kdf, salt, newNonce, newWrappedKey);
    }

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", format);
        root.put("vaultId", vaultId);
        ObjectNode kdfNode = root.putObject("kdf");
        kdfNode.put("name", KDF_NAME);
        kdfNode.put("memoryKiB", kdf.memoryKiB());
        kdfNode.put("iterations", kdf.iterations());
        kdfNode.put("parallelism", kdf.parallelism());
        kdfNode.put("salt", Base64.getEncoder().encodeToString(salt));
        ObjectNode wrap = root.putObject("wrap");
        wrap.put("name", WRAP_NAME);
        wrap.put("nonce", Base64.getEncoder().encodeToString(nonce));
        wrap.put("ciphertext", Base64.getEncoder().encodeToString(wrappedKey));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Empty when the bytes are not a key file this version understands. */
    public static Optional<KeyFile> parse(byte[] bytes) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || root.path("format").asInt() != FORMAT
                    || !KDF_NAME.equals(root.path("kdf").path("name").asText())
                    || !WRAP_NAME.equals(root.path("wrap").path("name").asText())) {
                return Optional.empty();
            }
            JsonNode kdfNode = root.path("kdf");
            KdfParams params = new KdfParams(kdfNode.path("memoryKiB").asInt(), kdfNode.path("iterations").asInt(),
                    kdfNode.path("parallelism").asInt());
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] salt = base64.decode(kdfNode.path("salt").asText());
            byte[] nonce = base64.decode(root.path("wrap").path("nonce").asText());
            byte[] wrappedKey = base64.decode(root.path("wrap").path("ciphertext").asText());
            // damaged lengths would otherwise surface as a "wrong passphrase" and send the user retyping it
            if (salt.length < MIN_SALT_LENGTH || nonce.length != NONCE_LENGTH || wrappedKey.length != WRAPPED_KEY_LENGTH) {
                return Optional.empty();
            }
            return Optional.of(new KeyFile(FORMAT, root.path("vaultId").asText(), params, salt, nonce, wrappedKey));
        } catch (IOException | IllegalArgumentException notAKeyFile) {
            return Optional.empty();
        }
    }
}
