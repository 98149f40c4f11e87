package nl.keukentafel.gui.intake.common;

import java.time.LocalDate;
import java.util.Optional;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Problem;

/**
 * Dates as the intake screens mark them (typed as dd-mm-jjjj, kept as typed). The rule and the format are
 * {@link FieldCheck}'s; this only chooses the intake's own words for a future date. Stateless.
 */
public final class IntakeDates {
    private IntakeDates() {
    }

    /** A date field's own problem: not a date, or in the future. */
    public static Optional<UiText> problem(String typed, LocalDate today) {
        return FieldCheck.dateUpTo(typed, today).map(problem -> new UiText(problem == Problem.DATE_IN_FUTURE
                ? "intakeForm.date.future" : problem.messageKey()));
    }
}
