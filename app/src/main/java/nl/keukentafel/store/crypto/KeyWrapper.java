package nl.keukentafel.store.crypto;

import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Wraps and unwraps the data key under the passphrase-derived key with AES-256-GCM. Thread-safe. */
public final class KeyWrapper {
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private KeyWrapper() {
    }

    /** A new key file for {@code dataKey} under {@code passphrase}, with a fresh salt and nonce. */
    public static KeyFile wrap(byte[] dataKey, char[] passphrase, String vaultId, KdfParams params) {
        KeyFile unwrapped = new KeyFile(KeyFile.FORMAT, vaultId, params, Secrets.randomBytes(16), new byte[0], new byte[0]);
        byte[] kek = Argon2Kdf.derive(passphrase, unwrapped.salt(), params);
        try {
            byte[] nonce = Secrets.randomBytes(NONCE_LENGTH);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(unwrapped.header());
            return unwrapped.withWrapped(nonce, cipher.doFinal(dataKey));
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", unexpected);
        } finally {
            Secrets.wipe(kek);
        }
    }

    /** The data key, or empty when the passphrase is wrong or the file was tampered with. Caller wipes it. */
    public static Optional<byte[]> unwrap(KeyFile file, char[] passphrase) {
        byte[] kek = Argon2Kdf.derive(passphrase, file.salt(), file.kdf());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, file.nonce()));
            cipher.updateAAD(file.header());
            return Optional.of(cipher.doFinal(file.wrappedKey()));
        } catch (AEADBadTagException wrongPassphrase) {
            return Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException damaged) {
            return Optional.empty();
        } finally {
            Secrets.wipe(kek);
        }
    }
}
