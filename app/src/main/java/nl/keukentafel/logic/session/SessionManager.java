package nl.keukentafel.logic.session;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import nl.keukentafel.logic.PassphrasePolicy;
import nl.keukentafel.logic.SaveStatus;
import nl.keukentafel.logic.UnlockThrottle;
import nl.keukentafel.logic.sync.SyncOptions;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.store.crypto.Secrets;

/**
 * Creates, unlocks and locks the vault at one location; holds at most one open session. Passphrase arrays
 * handed in are wiped. Thread-safe.
 */
public final class SessionManager {
    private final VaultLocation location;
    private final Clock clock;
    private final KdfParams kdf;
    private final PassphrasePolicy policy = new PassphrasePolicy();
    private final UnlockThrottle throttle = new UnlockThrottle();
    private volatile Consumer<SaveStatus> saveListener = status -> { };
    private volatile SyncOptions syncOptions = SyncOptions.defaults();
    private Session current;

    public SessionManager(VaultLocation location, Clock clock, KdfParams kdf) {
        this.location = location;
        this.clock = clock;
        this.kdf = kdf;
    }

    public VaultLocation location() {
        return location;
    }

    public boolean vaultExists() {
        return location.hasAnyVaultFile();
    }

    public PassphrasePolicy policy() {
        return policy;
    }

    /**
     * Does, ahead of time, what only the first unlock after launch would pay for (class loading, the native database
     * library, Flyway, the JIT of the key derivation; {@link nl.keukentafel.store.WarmUp}). The app calls it on a
     * background thread while the unlock screen waits for the passphrase. Touches no vault.
     */
    public static void warmUp() {
        nl.keukentafel.store.WarmUp.run();
    }

    public UnlockThrottle throttle() {
        return throttle;
    }

    /** Where the autosave status goes (the GUI's indicator). */
    public void onSaveStatus(Consumer<SaveStatus> listener) {
        this.saveListener = listener;
    }

    /** How sessions opened from now on sync (interval, HTTP client); the defaults suit the app. */
    public void syncOptions(SyncOptions options) {
        this.syncOptions = options;
    }

    /** Checks the passphrase policy, then creates; throws {@link WeakPassphraseException} first if weak. */
    public synchronized Session create(char[] passphrase, char[] confirmation, String consultantName)
            throws VaultException, WeakPassphraseException {
        try {
            Optional<PassphrasePolicy.Weakness> weakness = policy.check(passphrase, confirmation);
            if (weakness.isPresent()) {
                throw new WeakPassphraseException(weakness.get());
            }
            return open(Vault.create(location, passphrase, consultantName, kdf, clock));
        } finally {
            Secrets.wipe(passphrase);
            Secrets.wipe(confirmation);
        }
    }

    /** Waits out the throttle, then unlocks. A wrong passphrase counts toward the throttle. */
    public Session unlock(char[] passphrase) throws VaultException, InterruptedException {
        try {
            Thread.sleep(throttle.delayBeforeNextAttempt().toMillis());
            synchronized (this) {
                Vault vault = Vault.unlock(location, passphrase, clock);
                throttle.succeeded();
                return open(vault);
            }
        } catch (VaultException failure) {
            if (failure.reason() == VaultException.Reason.WRONG_PASSPHRASE) {
                throttle.failed();
            }
            throw failure;
        } finally {
            Secrets.wipe(passphrase);
        }
    }

    private Session open(Vault vault) {
        lock();
        current = new Session(vault, clock, kdf, status -> saveListener.accept(status), syncOptions);
        if (syncOptions.resumeOnUnlock()) {
            current.sync().resume();
        }
        return current;
    }

    public synchronized Optional<Session> current() {
        return Optional.ofNullable(current);
    }

    /** Saves pending edits, closes the vault, drops the key. Harmless when already locked. */
    public synchronized void lock() {
        if (current != null) {
            Session closing = current;
            current = null;
            closing.close();
        }
    }

    /** The weak passphrase's reason, for the Dutch message. */
    public static final class WeakPassphraseException extends Exception {
        private static final long serialVersionUID = 1L;
        private final PassphrasePolicy.Weakness weakness;

        public WeakPassphraseException(PassphrasePolicy.Weakness weakness) {
            super(weakness.name());
            this.weakness = weakness;
        }

        public PassphrasePolicy.Weakness weakness() {
            return weakness;
        }
    }
}
