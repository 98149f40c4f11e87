package nl.keukentafel.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {
    @ParameterizedTest
    @ValueSource(strings = {"123456782", "111222333", "999999990", "123 456 782", "1234.56.782", " 123456782 "})
    void numbersThatPassTheElevenCheck(String typed) {
        assertThat(Bsn.passesElevenCheck(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "123456786", "111222334", "000000000", "12345678", "1234567820", "12345678a",
        "abcdefghi", "", "-23456782", "+23456782"})
    void numbersThatFail(String typed) {
        assertThat(Bsn.passesElevenCheck(typed)).isFalse();
    }

    @Test
    void nullFails() {
        assertThat(Bsn.passesElevenCheck(null)).isFalse();
    }

    /** Only ASCII digits: other scripts' digits are "digits" to Java but not a BSN, whatever their sum. */
    @ParameterizedTest
    @ValueSource(strings = {"１２３４５６７８６", "١٢٣٤٥٦٧٨٢", "१२३४५६७८२"})
    void digitsOfOtherScriptsFail(String typed) {
        assertThat(Bsn.passesElevenCheck(typed)).isFalse();
    }
}
