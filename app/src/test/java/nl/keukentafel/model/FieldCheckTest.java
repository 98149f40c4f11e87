package nl.keukentafel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankIsAlwaysFine(String typed) {
        assertThat(FieldCheck.bsn(typed)).isEmpty();
        assertThat(FieldCheck.birthDate(typed, TODAY)).isEmpty();
        assertThat(FieldCheck.date(typed)).isEmpty();
        assertThat(FieldCheck.email(typed)).isEmpty();
        assertThat(FieldCheck.phone(typed)).isEmpty();
        assertThat(FieldCheck.postalCode(typed)).isEmpty();
        assertThat(FieldCheck.parseDate(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3-4-2015", "03-04-2015", "29-2-2020", "31-12-1999", " 1-1-2000 "})
    void datesAsConsultantsTypeThem(String typed) {
        assertThat(FieldCheck.date(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2020", "29-2-2019", "31-4-2015", "0-1-2015", "1-13-2015", "2015-4-3", "2015-04-31", "3/4/2015",
        "3-4-15", "morgen", "3-4-2015x"})
    void impossibleOrMistypedDates(String typed) {
        assertThat(FieldCheck.date(typed)).contains(Problem.DATE_FORMAT);
        assertThat(FieldCheck.parseDate(typed)).isEmpty();
    }

    @Test
    void parseDateReadsDayMonthYear() {
        assertThat(FieldCheck.parseDate("3-4-2015")).contains(LocalDate.of(2015, 4, 3));
        assertThat(FieldCheck.parseDate("2015-04-03")).as("ISO, as computers write it").contains(LocalDate.of(2015, 4, 3));
    }

    @Test
    void aBirthDateInTheFutureIsFlaggedButTodayIsFine() {
        assertThat(FieldCheck.birthDate("25-11-2026", TODAY)).contains(Problem.DATE_IN_FUTURE);
        assertThat(FieldCheck.birthDate("1-1-2031", TODAY)).contains(Problem.DATE_IN_FUTURE);
        assertThat(FieldCheck.birthDate("24-11-2026", TODAY)).isEmpty();
        assertThat(FieldCheck.birthDate("12-3-1985", TODAY)).isEmpty();
        assertThat(FieldCheck.birthDate("31-02-2020", TODAY)).contains(Problem.BIRTH_DATE_FORMAT);
    }

    @Test
    void theAppWritesItsOwnDatesWithTwoDigitsThatItReadsBack() {
        assertThat(FieldCheck.write(LocalDate.of(2026, 3, 4))).isEqualTo("04-03-2026");
        assertThat(FieldCheck.parseDate(FieldCheck.write(LocalDate.of(2026, 3, 4)))).contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aDateUpToTodayIsNotInTheFuture() {
        assertThat(FieldCheck.dateUpTo("24-11-2026", TODAY)).isEmpty();
        assertThat(FieldCheck.dateUpTo("25-11-2026", TODAY)).contains(Problem.DATE_IN_FUTURE);
        assertThat(FieldCheck.dateUpTo("gisteren", TODAY)).contains(Problem.DATE_FORMAT);
        assertThat(FieldCheck.dateUpTo(" ", TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ella@example.nl", "a.b+wijk@sub.example.co.uk", " ella@example.nl ", "ELLA@EXAMPLE.NL"})
    void validEmails(String typed) {
        assertThat(FieldCheck.email(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ella", "ella@example", "ella@@example.nl", "ella @example.nl", "@example.nl", "ella@.nl",
        "ella@example..nl", "ella@example.nl."})
    void invalidEmails(String typed) {
        assertThat(FieldCheck.email(typed)).contains(Problem.EMAIL_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06-12345678", "0612345678", "+31 6 12345678", "020 (123) 4567", "+31612345678"})
    void validPhones(String typed) {
        assertThat(FieldCheck.phone(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "06-1234567a", "06 1234 5678 9012 3456 78", "bel me", "06.12345678", "++31612345678"})
    void invalidPhones(String typed) {
        assertThat(FieldCheck.phone(typed)).contains(Problem.PHONE_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 AB", "1234AB", "9999 zq", " 1012 AB "})
    void validPostalCodes(String typed) {
        assertThat(FieldCheck.postalCode(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 AB", "123 AB", "12345 AB", "1234 A", "1234 ABC", "AB 1234", "1234-AB"})
    void invalidPostalCodes(String typed) {
        assertThat(FieldCheck.postalCode(typed)).contains(Problem.POSTAL_CODE_FORMAT);
    }

    @Test
    void aBsnFailingTheElevenCheckIsFlagged() {
        assertThat(FieldCheck.bsn("123456789")).contains(Problem.BSN_ELEVEN_CHECK);
        assertThat(FieldCheck.bsn("123456782")).isEmpty();
    }

    @Test
    void everyProblemHasAMessageKey() {
        for (Problem problem : Problem.values()) {
            assertThat(problem.messageKey()).startsWith("problem.");
        }
    }
}
