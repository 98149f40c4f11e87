package nl.keukentafel.logic.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.keukentafel.model.FieldCheck;

/** The werkplan's date fields and its rules about dates, shared by the checks and the file import. Stateless. */
final class PlanDates {
    /** Every plan field that holds a typed date (dd-mm-jjjj). */
    static final Set<String> FIELDS = Set.of("startedOn", "fgpOfferedOn", "nextEvaluationOn", "targetDate", "dueDate", "nextOn",
            "requestedOn", "grantedOn", "validFrom", "validUntil", "agreedOn", "heldOn", "since", "on", "referrerToldOn", "closedOn",
            "consequencesExplainedOn", "expertOn", "reopenedOn", "informedOn");

    private PlanDates() {
    }

    /** A date is "ahead" when it lies more than a day after today (a day of slack for time zones and late typing). */
    static boolean ahead(LocalDate date, LocalDate today) {
        return date.isAfter(today.plusDays(1));
    }

    static boolean unreadable(String typed) {
        return FieldCheck.date(typed).isPresent();
    }

    static Optional<LocalDate> parse(String typed) {
        return FieldCheck.parseDate(typed);
    }
}
