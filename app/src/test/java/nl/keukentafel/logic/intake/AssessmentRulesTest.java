package nl.keukentafel.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An assessment dated before the child's birth is marked; the birth day itself, and unreadable dates, are not. */
class AssessmentRulesTest {
    @Test
    void anAssessmentBeforeTheBirthIsMarked() {
        assertThat(AssessmentRules.beforeBirth("2-4-2015", "3-4-2015")).isTrue();
        assertThat(AssessmentRules.beforeBirth("31-12-2014", "03-04-2015")).isTrue();
    }

    @Test
    void onOrAfterTheBirthOrUnknownIsNot() {
        assertThat(AssessmentRules.beforeBirth("3-4-2015", "3-4-2015")).isFalse();
        assertThat(AssessmentRules.beforeBirth("1-5-2024", "3-4-2015")).isFalse();
        assertThat(AssessmentRules.beforeBirth("2-4-2015", null)).isFalse();
        assertThat(AssessmentRules.beforeBirth("vorige week", "3-4-2015")).isFalse();
    }
}
