package nl.keukentafel.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When someone was born, as far as the family knows it, read from the text as typed: a whole date ("3-4-2015", or ISO
 * "2015-04-03"), a month ("05-2011"), a year ("1982") or an estimated age ("ongeveer 40", "ca. 40", "± 40",
 * "about 40"). The typed text itself is what is stored, so old vaults, files and the sync record schema stay as they
 * were; this is the one place that reads it (checks, ages, the genogram's years, GEDCOM). An estimated age is the age
 * as said, not recomputed later: it is shown as typed. Immutable and thread-safe.
 *
 * @param earliest the first day the birth can have been on; null for an estimated age
 * @param latest the last day it can have been on; null for an estimated age
 * @param estimatedAge the age as said, for {@link Precision#ESTIMATED_AGE}; otherwise -1
 */
public record PartialDate(Precision precision, LocalDate earliest, LocalDate latest, int estimatedAge) {
    /** How much of the date is known. */
    public enum Precision { DAY, MONTH, YEAR, ESTIMATED_AGE }

    /** Older than anyone alive: a typed "ongeveer 400" is a typo, not an age. */
    public static final int OLDEST_AGE = 125;
    private static final Pattern MONTH = Pattern.compile("^([0-9]{1,2})[-/]([0-9]{4})$");
    private static final Pattern YEAR = Pattern.compile("^[0-9]{4}$");
    private static final Pattern ESTIMATE = Pattern.compile("^(?:ongeveer|ong\\.?|circa|ca\\.?|±|\\+/-|~|rond|about|approx\\.?"
            + "|around|c\\.)\\s*([0-9]{1,3})(?:\\s*(?:jaar|jr\\.?|years?))?$");

    /** The reading of {@code typed}; empty when blank or not a date, month, year or estimated age. */
    public static Optional<PartialDate> parse(String typed) {
        if (Text.isBlank(typed)) {
            return Optional.empty();
        }
        String text = typed.strip().toLowerCase(Locale.ROOT);
        Optional<LocalDate> day = FieldCheck.parseDate(text);
        if (day.isPresent()) {
            return Optional.of(new PartialDate(Precision.DAY, day.get(), day.get(), -1));
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            int monthValue = Integer.parseInt(month.group(1));
            if (monthValue < 1 || monthValue > 12) {
                return Optional.empty();
            }
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(month.group(2)), monthValue);
            return Optional.of(new PartialDate(Precision.MONTH, yearMonth.atDay(1), yearMonth.atEndOfMonth(), -1));
        }
        if (YEAR.matcher(text).matches()) {
            int year = Integer.parseInt(text);
            return Optional.of(new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), -1));
        }
        Matcher estimate = ESTIMATE.matcher(text);
        if (estimate.matches() && Integer.parseInt(estimate.group(1)) <= OLDEST_AGE) {
            return Optional.of(new PartialDate(Precision.ESTIMATED_AGE, null, null, Integer.parseInt(estimate.group(1))));
        }
        return Optional.empty();
    }

    /** The whole date, when the day is known. */
    public Optional<LocalDate> exact() {
        return precision == Precision.DAY ? Optional.of(earliest) : Optional.empty();
    }

    /** The birth year when known (not for an estimated age). */
    public OptionalInt year() {
        return earliest == null ? OptionalInt.empty() : OptionalInt.of(earliest.getYear());
    }

    /**
     * Age in whole years on {@code on}: for a month or a year the youngest the person can be (the birthday may still
     * come), for an estimate the age as said. Empty when the birth may lie after {@code on}.
     */
    public OptionalInt ageOn(LocalDate on) {
        if (precision == Precision.ESTIMATED_AGE) {
            return OptionalInt.of(estimatedAge);
        }
        if (earliest.isAfter(on)) {
            return OptionalInt.empty();
        }
        LocalDate youngest = latest.isAfter(on) ? on : latest;
        return OptionalInt.of(Period.between(youngest, on).getYears());
    }

    /** True when the birth can only lie after {@code today} (a typo in the year). */
    public boolean isAfter(LocalDate today) {
        return earliest != null && earliest.isAfter(today);
    }
}
