package nl.keukentafel.logic.genogram.gedcom;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.keukentafel.model.PartialDate;

/**
 * Converts dates as the app keeps them (typed: {@code dd-mm-jjjj}, {@code mm-jjjj} or a year) to GEDCOM date values and back. Text
 * that is neither becomes a GEDCOM date phrase on export and stays text on import, so nothing typed is lost.
 * Stateless and thread-safe.
 */
final class GedcomDates {
    static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final Pattern TYPED = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{3,4}");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Z]{3}) (\\d{4})");
    private static final Pattern EXACT = Pattern.compile("(\\d{1,2}) ([A-Z]{3}) (\\d{3,4})");
    private static final String SIMPLE = "(?:GREGORIAN )?(?:(?:\\d{1,2} )?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) )?"
            + "\\d{1,4}(?: BCE)?";
    private static final Pattern VALID = Pattern.compile("(?:(?:ABT|CAL|EST|BEF|AFT|TO) )?" + SIMPLE + "|BET " + SIMPLE + " AND " + SIMPLE
            + "|FROM " + SIMPLE + "(?: TO " + SIMPLE + ")?");
    private static final Pattern PERIOD = Pattern.compile("(?:FROM (" + SIMPLE + "))? ?(?:TO (" + SIMPLE + "))?");

    private GedcomDates() {
    }

    /** A date for a {@code DATE} line: the GEDCOM value, or an empty value with the typed text as its phrase. */
    record Out(String value, String phrase) {
    }

    /** Null when nothing was typed. */
    static Out toGedcom(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String simple = simple(typed);
        if (simple != null) {
            return new Out(simple, null);
        }
        String upper = typed.strip().toUpperCase(Locale.ROOT);
        return VALID.matcher(upper).matches() ? new Out(upper, null) : new Out("", typed.strip());
    }

    /**
     * {@code 12 MAR 1985}, {@code MAR 1985} or {@code 1985} for a typed date, month or year (read as the app reads a
     * birth, {@link PartialDate}, ISO included); null for anything else.
     */
    static String simple(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        if (YEAR.matcher(text).matches()) {
            return text;
        }
        Optional<PartialDate> read = PartialDate.parse(text);
        if (read.isPresent() && read.get().precision() == PartialDate.Precision.MONTH) {
            LocalDate first = read.get().earliest();
            return MONTHS.get(first.getMonthValue() - 1) + " " + first.getYear();
        }
        if (read.isPresent() && read.get().precision() == PartialDate.Precision.DAY) {
            LocalDate date = read.get().earliest();
            return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
        }
        Matcher matcher = TYPED.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1)));
            return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The date as the app keeps it; null when the value is not a GEDCOM date (the caller warns and keeps the text). */
    static String fromGedcom(String value, String phrase) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return phrase == null || phrase.isBlank() ? "" : phrase.strip();
        }
        if (text.startsWith("(") && text.endsWith(")")) {
            return text.substring(1, text.length() - 1).strip();
        }
        Matcher exact = EXACT.matcher(text);
        if (exact.matches() && MONTHS.contains(exact.group(2))) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(exact.group(3)), MONTHS.indexOf(exact.group(2)) + 1,
                        Integer.parseInt(exact.group(1)));
                return String.format(Locale.ROOT, "%02d-%02d-%s", date.getDayOfMonth(), date.getMonthValue(), exact.group(3));
            } catch (DateTimeException impossible) {
                return null;
            }
        }
        Matcher month = MONTH_YEAR.matcher(text);
        if (month.matches() && MONTHS.contains(month.group(1))) {
            return String.format(Locale.ROOT, "%02d-%s", MONTHS.indexOf(month.group(1)) + 1, month.group(2));
        }
        return VALID.matcher(text).matches() ? text : null;
    }

    /** {@code FROM a TO b} when both typed values are simple dates; null when one is not (the caller keeps them raw). */
    static String period(String since, String until) {
        String from = simple(since);
        String to = simple(until);
        boolean sinceOk = since == null || since.isBlank() || from != null;
        boolean untilOk = until == null || until.isBlank() || to != null;
        if (!sinceOk || !untilOk || (from == null && to == null)) {
            return null;
        }
        return ((from == null ? "" : "FROM " + from) + (to == null ? "" : " TO " + to)).strip();
    }

    /** Since and until of a {@code FROM a TO b} value, as the app keeps them; null when it is no period. */
    static String[] fromPeriod(String value) {
        Matcher matcher = PERIOD.matcher(value.strip());
        if (value.isBlank() || !matcher.matches()) {
            return null;
        }
        String since = matcher.group(1) == null ? "" : fromGedcom(matcher.group(1), null);
        String until = matcher.group(2) == null ? "" : fromGedcom(matcher.group(2), null);
        return new String[] {since, until};
    }
}
