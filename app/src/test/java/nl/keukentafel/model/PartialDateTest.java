package nl.keukentafel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import nl.keukentafel.logic.genogram.GenoDates;
import nl.keukentafel.logic.intake.Ages;
import org.junit.jupiter.api.Test;

/** A birth as a family tells it: a date, an ISO date, a month, a year or an estimated age, read in one place. */
class PartialDateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void readsWhatPeopleSay() {
        assertThat(PartialDate.parse("3-4-2015").orElseThrow().exact()).contains(LocalDate.of(2015, 4, 3));
        assertThat(PartialDate.parse("2011-05-02").orElseThrow().exact()).contains(LocalDate.of(2011, 5, 2));
        assertThat(PartialDate.parse("05-2011").orElseThrow().precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("1982").orElseThrow().precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("ongeveer 40").orElseThrow().estimatedAge()).isEqualTo(40);
        assertThat(PartialDate.parse("ca. 62 jaar").orElseThrow().estimatedAge()).isEqualTo(62);
        assertThat(PartialDate.parse("± 35").orElseThrow().estimatedAge()).isEqualTo(35);
        assertThat(PartialDate.parse("about 40")).isPresent();
        assertThat(PartialDate.parse("13-2011")).isEmpty();
        assertThat(PartialDate.parse("ongeveer 400")).isEmpty();
        assertThat(PartialDate.parse("31-02-2015")).isEmpty();
        assertThat(PartialDate.parse("gisteren")).isEmpty();
    }

    @Test
    void theBirthDateCheckAcceptsPartialDatesAndEstimatesButNotTheFuture() {
        assertThat(FieldCheck.birthDate("1982", TODAY)).isEmpty();
        assertThat(FieldCheck.birthDate("05-2011", TODAY)).isEmpty();
        assertThat(FieldCheck.birthDate("ongeveer 40", TODAY)).isEmpty();
        assertThat(FieldCheck.birthDate("2011-05-02", TODAY)).isEmpty();
        assertThat(FieldCheck.birthDate("2031", TODAY)).contains(Problem.DATE_IN_FUTURE);
        assertThat(FieldCheck.birthDate("veertig", TODAY)).contains(Problem.BIRTH_DATE_FORMAT);
        assertThat(FieldCheck.date("2011-05-02")).as("ISO understood for every date").isEmpty();
        assertThat(FieldCheck.date("1982")).as("other dates stay whole days").contains(Problem.DATE_FORMAT);
    }

    @Test
    void agesAreTheYoungestPossibleForAMonthOrYearAndAsSaidForAnEstimate() {
        assertThat(Ages.ageOn("1982", TODAY)).isEqualTo(OptionalInt.of(43));
        assertThat(Ages.ageOn("12-2014", TODAY)).as("birthday may still come this month").isEqualTo(OptionalInt.of(11));
        assertThat(Ages.ageOn("11-2014", TODAY)).isEqualTo(OptionalInt.of(12));
        assertThat(Ages.ageOn("ongeveer 40", TODAY)).isEqualTo(OptionalInt.of(40));
        assertThat(Ages.ageOn("2011-05-02", TODAY)).isEqualTo(OptionalInt.of(15));
        assertThat(Ages.isExact("2011-05-02")).isTrue();
        assertThat(Ages.isExact("1982")).isFalse();
    }

    @Test
    void theGenogramReadsTheSameWay() {
        assertThat(GenoDates.year("05-2011")).isEqualTo(2011);
        assertThat(GenoDates.year("2011-05-02")).isEqualTo(2011);
        assertThat(GenoDates.year("ongeveer 40")).isNull();
        assertThat(GenoDates.sortKey("05-2011")).isEqualTo(20110500);
        assertThat(GenoDates.age("ongeveer 40", "", TODAY)).isEqualTo(40);
        assertThat(GenoDates.age("1982", "", TODAY)).isEqualTo(44);
    }
}
