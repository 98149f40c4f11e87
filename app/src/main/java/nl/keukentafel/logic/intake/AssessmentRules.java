package nl.keukentafel.logic.intake;

import java.time.LocalDate;
import java.util.Optional;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.PartialDate;

/**
 * The rule on a safety assessment's date: a child cannot be assessed before it was born. Only marks, the date stays as
 * typed; used by the screen, the intake's open items and the intake file import alike. Stateless and thread-safe.
 */
public final class AssessmentRules {
    private AssessmentRules() {
    }

    /** True when both dates can be read and the assessment lies before the birth. */
    public static boolean beforeBirth(String assessedOn, String birthDate) {
        Optional<LocalDate> assessed = FieldCheck.parseDate(assessedOn);
        // with only a month or a year of birth, "before birth" means before the first day it can have been
        Optional<LocalDate> born = PartialDate.parse(birthDate).map(PartialDate::earliest);
        return assessed.isPresent() && born.isPresent() && assessed.get().isBefore(born.get());
    }
}
