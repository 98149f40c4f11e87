package nl.keukentafel.logic.genogram;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import nl.keukentafel.model.PartialDate;
import nl.keukentafel.model.Text;

/**
 * Reads the genogram's dates as typed, through the app's one reading of a birth ({@link PartialDate}: a full date, a
 * month, a year or an estimated age). Anything else is "unknown", never an error: the typed text stays as it is and
 * is shown. Stateless, thread-safe.
 */
public final class GenoDates {
    private GenoDates() {
    }

    /** yyyymmdd for a date, yyyymm00 for a month, yyyy0000 for a bare year (sorts first in it), null when unknown. */
    public static Integer sortKey(String typed) {
        Optional<PartialDate> read = PartialDate.parse(typed);
        if (read.isEmpty() || read.get().earliest() == null) {
            return null;
        }
        LocalDate first = read.get().earliest();
        return switch (read.get().precision()) {
            case DAY -> first.getYear() * 10_000 + first.getMonthValue() * 100 + first.getDayOfMonth();
            case MONTH -> first.getYear() * 10_000 + first.getMonthValue() * 100;
            default -> first.getYear() * 10_000;
        };
    }

    /** The year of a typed date, month or bare year; null when unknown (also for an estimated age). */
    public static Integer year(String typed) {
        OptionalInt year = PartialDate.parse(typed).map(PartialDate::year).orElse(OptionalInt.empty());
        return year.isPresent() ? Integer.valueOf(year.getAsInt()) : null;
    }

    /**
     * Age in whole years at {@code end} (death, or today for the living). With two whole dates the exact age; with a
     * bare year or month on either side the difference of the years (what a consultant would say); for a living
     * person with an estimated age that age. Null when unknown or negative (a typo in the future).
     */
    public static Integer age(String birth, String end, LocalDate today) {
        Optional<PartialDate> born = PartialDate.parse(birth);
        if (born.isEmpty()) {
            return null;
        }
        if (born.get().precision() == PartialDate.Precision.ESTIMATED_AGE) {
            return Text.isBlank(end) ? Integer.valueOf(born.get().estimatedAge()) : null;
        }
        Optional<PartialDate> until = Text.isBlank(end) ? Optional.of(new PartialDate(PartialDate.Precision.DAY, today, today, -1))
                : PartialDate.parse(end).filter(read -> read.earliest() != null);
        if (until.isEmpty()) {
            return null;
        }
        Integer age;
        if (born.get().exact().isPresent() && until.get().exact().isPresent()) {
            OptionalInt years = born.get().ageOn(until.get().earliest());
            age = years.isPresent() ? Integer.valueOf(years.getAsInt()) : null;
        } else {
            age = until.get().earliest().getYear() - born.get().earliest().getYear();
        }
        return age == null || age < 0 ? null : age;
    }
}
