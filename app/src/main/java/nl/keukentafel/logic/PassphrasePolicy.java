package nl.keukentafel.logic;

import java.util.Optional;
import java.util.Set;

/**
 * Rejects weak passphrases with a reason the consultant understands. Long passphrases of ordinary words are
 * encouraged over short complex ones. Thread-safe.
 */
public final class PassphrasePolicy {
    public static final int MINIMUM_LENGTH = 12;
    private static final Set<String> COMMON = Set.of("welkom123456", "wachtwoord12", "wachtwoord123", "password1234",
            "123456789012", "keukentafel1", "qwertyuiop12", "geheimgeheim", "welkomwelkom");

    /** Why the passphrase is too weak; the key of the Dutch text in the i18n bundle. */
    public enum Weakness {
        TOO_SHORT("passphrase.weak.short"),
        ONE_CHARACTER("passphrase.weak.repeated"),
        COMMON("passphrase.weak.common"),
        ONLY_DIGITS("passphrase.weak.digits"),
        MISMATCH("passphrase.weak.mismatch");

        private final String messageKey;

        Weakness(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public Optional<Weakness> check(char[] passphrase, char[] confirmation) {
        if (passphrase.length < MINIMUM_LENGTH) {
            return Optional.of(Weakness.TOO_SHORT);
        }
        boolean allSame = true;
        boolean allDigits = true;
        for (char character : passphrase) {
            allSame &= character == passphrase[0];
            allDigits &= Character.isDigit(character);
        }
        if (allSame) {
            return Optional.of(Weakness.ONE_CHARACTER);
        }
        if (allDigits) {
            return Optional.of(Weakness.ONLY_DIGITS);
        }
        if (COMMON.contains(new String(passphrase).toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(Weakness.COMMON);
        }
        if (!java.util.Arrays.equals(passphrase, confirmation)) {
            return Optional.of(Weakness.MISMATCH);
        }
        return Optional.empty();
    }
}
