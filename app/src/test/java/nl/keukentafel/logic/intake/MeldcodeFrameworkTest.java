package nl.keukentafel.logic.intake;

import static nl.keukentafel.model.intake.Answer.NO;
import static nl.keukentafel.model.intake.Answer.UNKNOWN;
import static nl.keukentafel.model.intake.Answer.YES;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The weighing framework points at reporting on unsafety or on a "no" to any of the last three questions; never by itself. */
class MeldcodeFrameworkTest {
    @Test
    void unsafetyOrANoOnTheLastThreeQuestionsPointsAtReporting() {
        assertThat(MeldcodeFramework.pointsAtReporting(YES, YES, YES, YES)).as("acute or structural unsafety").isTrue();
        assertThat(MeldcodeFramework.pointsAtReporting(NO, NO, YES, YES)).as("cannot offer help").isTrue();
        assertThat(MeldcodeFramework.pointsAtReporting(NO, YES, NO, YES)).as("help not accepted").isTrue();
        assertThat(MeldcodeFramework.pointsAtReporting(NO, YES, YES, NO)).as("no safety within the term").isTrue();
    }

    @Test
    void unansweredOrReassuringAnswersDoNotPoint() {
        assertThat(MeldcodeFramework.pointsAtReporting(NO, YES, YES, YES)).isFalse();
        assertThat(MeldcodeFramework.pointsAtReporting(null, null, null, null)).isFalse();
        assertThat(MeldcodeFramework.pointsAtReporting(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN)).isFalse();
    }
}
