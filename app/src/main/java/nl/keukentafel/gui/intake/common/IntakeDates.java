package nl.keukentafel.gui.intake.common;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;

/** Dates as the intake screens show and check them (typed as dd-mm-jjjj, kept as typed). Stateless. */
public final class IntakeDates {
    /** How the screens write a date they fill in themselves (today): with leading zeros, as the prompt shows. */
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private IntakeDates() {
    }

    public static String format(LocalDate date) {
        return date.format(WRITTEN);
    }

    /** A date field's own problem: not a date, or in the future. */
    public static Optional<UiText> problem(String typed, LocalDate today) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = FieldCheck.parseDate(typed);
        if (date.isEmpty()) {
            return Optional.of(new UiText("problem.date.format"));
        }
        return date.get().isAfter(today) ? Optional.of(new UiText("intakeForm.date.future")) : Optional.empty();
    }

    /** The member's age in whole years today, when the birth date can be read. */
    public static Optional<Integer> age(Member member, LocalDate today) {
        return FieldCheck.parseDate(member.birthDate()).filter(born -> !born.isAfter(today))
                .map(born -> Period.between(born, today).getYears());
    }
}
