package nl.keukentafel.logic.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import nl.keukentafel.model.FieldCheck;

/** Age in whole years from a birth date as typed (dd-mm-jjjj). Stateless and thread-safe. */
public final class Ages {
    private Ages() {
    }

    /** Empty when the birth date is blank, cannot be read, or lies after {@code on}. */
    public static OptionalInt ageOn(String birthDate, LocalDate on) {
        return FieldCheck.parseDate(birthDate)
                .filter(born -> !born.isAfter(on))
                .map(born -> OptionalInt.of(Period.between(born, on).getYears()))
                .orElse(OptionalInt.empty());
    }
}
