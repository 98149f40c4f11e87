package nl.keukentafel.logic.intake;

import java.time.LocalDate;
import java.util.OptionalInt;
import nl.keukentafel.model.PartialDate;

/**
 * Age in whole years from a birth as typed: a date, month, year or estimated age, read by {@link PartialDate} (for a
 * month or year the youngest the person can be). Stateless and thread-safe.
 */
public final class Ages {
    private Ages() {
    }

    /** True when the age follows from a whole date; false for a month, a year or an estimate ("± 40" is said). */
    public static boolean isExact(String birthDate) {
        return PartialDate.parse(birthDate).flatMap(PartialDate::exact).isPresent();
    }

    /** Empty when the birth date is blank, cannot be read, or lies after {@code on}. */
    public static OptionalInt ageOn(String birthDate, LocalDate on) {
        return PartialDate.parse(birthDate).map(born -> born.ageOn(on)).orElse(OptionalInt.empty());
    }
}
