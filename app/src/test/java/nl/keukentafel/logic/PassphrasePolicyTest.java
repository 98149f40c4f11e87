package nl.keukentafel.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassphrasePolicyTest {
    private final PassphrasePolicy policy = new PassphrasePolicy();

    private Optional<PassphrasePolicy.Weakness> check(String passphrase) {
        return policy.check(passphrase.toCharArray(), passphrase.toCharArray());
    }

    @ParameterizedTest
    @CsvSource({
        "'', TOO_SHORT",
        "kort, TOO_SHORT",
        "elf tekens!, TOO_SHORT",
        "aaaaaaaaaaaaaaaa, ONE_CHARACTER",
        "1234567890123, ONLY_DIGITS",
        "Wachtwoord123, COMMON",
        "WELKOMWELKOM, COMMON",
    })
    void weakPassphrasesAreRefusedWithTheirReason(String passphrase, PassphrasePolicy.Weakness expected) {
        assertThat(check(passphrase)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"appel peer banaan kiwi", "twaalf tekn.", "fiets-regen-Ëlla-7"})
    void longOrdinaryPassphrasesAreFine(String passphrase) {
        assertThat(check(passphrase)).isEmpty();
    }

    @Test
    void theConfirmationMustMatch() {
        assertThat(policy.check("appel peer banaan kiwi".toCharArray(), "appel peer banaan kiw".toCharArray()))
                .contains(PassphrasePolicy.Weakness.MISMATCH);
    }

    @Test
    void everyWeaknessHasAMessageKey() {
        for (PassphrasePolicy.Weakness weakness : PassphrasePolicy.Weakness.values()) {
            assertThat(weakness.messageKey()).startsWith("passphrase.weak.");
        }
    }
}
