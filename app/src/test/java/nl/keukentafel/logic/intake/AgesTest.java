package nl.keukentafel.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whole years on a day; nothing for a birth that cannot be read or lies after that day. */
class AgesTest {
    private static final LocalDate ON = LocalDate.of(2026, 4, 3);

    @Test
    void wholeYearsTurnOnTheBirthday() {
        assertThat(Ages.ageOn("3-4-2015", ON)).hasValue(11);
        assertThat(Ages.ageOn("04-04-2015", ON)).hasValue(10);
        assertThat(Ages.ageOn("3-4-2026", ON)).hasValue(0);
    }

    @Test
    void unknownOrFutureBirthsHaveNoAge() {
        assertThat(Ages.ageOn("4-4-2026", ON)).isEmpty();
        assertThat(Ages.ageOn("2027", ON)).isEmpty();
        assertThat(Ages.ageOn("gisteren", ON)).isEmpty();
        assertThat(Ages.ageOn(null, ON)).isEmpty();
    }
}
