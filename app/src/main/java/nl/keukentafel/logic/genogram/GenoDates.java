package nl.keukentafel.logic.genogram;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import nl.keukentafel.logic.intake.Ages;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Text;

/**
 * Reads the genogram's dates as typed: a full date ({@code d-M-yyyy}, as {@link FieldCheck} parses it) or just a year.
 * Anything else is "unknown", never an error: the typed text stays as it is and is shown. Stateless, thread-safe.
 */
public final class GenoDates {
    private static final Pattern YEAR = Pattern.compile("^[0-9]{4}$");
    /** Checked before parsing: a failed parse throws, and the layout reads every date many times. */
    private static final Pattern DATE_SHAPE = Pattern.compile("^[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}$");

    private GenoDates() {
    }

    /** yyyymmdd for a date, yyyy0000 for a bare year (sorts before any date in that year), null when unknown. */
    public static Integer sortKey(String typed) {
        Optional<LocalDate> date = date(typed);
        if (date.isPresent()) {
            LocalDate value = date.get();
            return value.getYear() * 10_000 + value.getMonthValue() * 100 + value.getDayOfMonth();
        }
        Integer year = year(typed);
        return year == null ? null : year * 10_000;
    }

    /** The year of a typed date or bare year; null when unknown. */
    public static Integer year(String typed) {
        if (Text.isBlank(typed)) {
            return null;
        }
        Optional<LocalDate> date = date(typed);
        if (date.isPresent()) {
            return date.get().getYear();
        }
        String stripped = typed.strip();
        return YEAR.matcher(stripped).matches() ? Integer.valueOf(stripped) : null;
    }

    /**
     * Age in whole years at {@code end} (death, or today for the living). With a bare year on either side the
     * difference of the years (what a consultant would say). Null when unknown or negative (a typo in the future).
     */
    public static Integer age(String birth, String end, LocalDate today) {
        Optional<LocalDate> born = date(birth);
        Optional<LocalDate> until = Text.isBlank(end) ? Optional.of(today) : date(end);
        if (born.isPresent() && until.isPresent()) {
            OptionalInt years = Ages.ageOn(birth, until.get());
            return years.isPresent() ? Integer.valueOf(years.getAsInt()) : null;
        }
        Integer bornYear = year(birth);
        Integer endYear = Text.isBlank(end) ? Integer.valueOf(today.getYear()) : year(end);
        Integer age = bornYear == null || endYear == null ? null : endYear - bornYear;
        return age == null || age < 0 ? null : age;
    }

    /** A full date as {@link FieldCheck} reads it; empty for a year, blank or anything else. */
    private static Optional<LocalDate> date(String typed) {
        return typed != null && DATE_SHAPE.matcher(typed.strip()).matches() ? FieldCheck.parseDate(typed) : Optional.empty();
    }
}
