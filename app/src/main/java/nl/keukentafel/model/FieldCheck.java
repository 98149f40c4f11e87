package nl.keukentafel.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks typed values. Blank is always fine (fields are optional); a check never blocks saving.
 * Stateless and thread-safe.
 */
public final class FieldCheck {
    /** The date format consultants type: 3-4-2015 or 03-04-2015 (and the ISO 2015-04-03, see {@link #ISO_DATE}). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** A date as computers write it (2015-04-03): understood everywhere a date is typed, stored as typed. */
    public static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_SHAPE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    /** How the app writes a date it makes itself (today, a computed next date): always two-digit day and month. */
    public static final DateTimeFormatter WRITTEN_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");
    private static final Pattern POSTAL_CODE = Pattern.compile("^[1-9][0-9]{3} ?[A-Za-z]{2}$");

    private FieldCheck() {
    }

    public static Optional<Problem> bsn(String typed) {
        return blank(typed) || Bsn.passesElevenCheck(typed) ? Optional.empty() : Optional.of(Problem.BSN_ELEVEN_CHECK);
    }

    /**
     * A birth as the family tells it ({@link PartialDate}: a date, month, year or estimated age), never after
     * {@code today}.
     */
    public static Optional<Problem> birthDate(String typed, LocalDate today) {
        if (blank(typed)) {
            return Optional.empty();
        }
        Optional<PartialDate> born = PartialDate.parse(typed);
        if (born.isEmpty()) {
            return Optional.of(Problem.BIRTH_DATE_FORMAT);
        }
        return born.get().isAfter(today) ? Optional.of(Problem.DATE_IN_FUTURE) : Optional.empty();
    }

    /** A date that cannot lie in the future (a birth, a conversation held, a consent given): not after {@code today}. */
    public static Optional<Problem> dateUpTo(String typed, LocalDate today) {
        if (blank(typed)) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parseDate(typed);
        if (date.isEmpty()) {
            return Optional.of(Problem.DATE_FORMAT);
        }
        return date.get().isAfter(today) ? Optional.of(Problem.DATE_IN_FUTURE) : Optional.empty();
    }

    public static Optional<Problem> date(String typed) {
        return blank(typed) || parseDate(typed).isPresent() ? Optional.empty() : Optional.of(Problem.DATE_FORMAT);
    }

    public static Optional<Problem> email(String typed) {
        return blank(typed) || EMAIL.matcher(typed.strip()).matches() ? Optional.empty() : Optional.of(Problem.EMAIL_FORMAT);
    }

    public static Optional<Problem> phone(String typed) {
        return blank(typed) || PHONE.matcher(typed.strip()).matches() ? Optional.empty() : Optional.of(Problem.PHONE_FORMAT);
    }

    public static Optional<Problem> postalCode(String typed) {
        return blank(typed) || POSTAL_CODE.matcher(typed.strip()).matches()
                ? Optional.empty() : Optional.of(Problem.POSTAL_CODE_FORMAT);
    }

    /** {@code date} as the app writes it: dd-mm-jjjj. */
    public static String write(LocalDate date) {
        return WRITTEN_DATE.format(date);
    }

    public static Optional<LocalDate> parseDate(String typed) {
        if (blank(typed)) {
            return Optional.empty();
        }
        String stripped = typed.strip();
        try {
            return Optional.of(LocalDate.parse(stripped, ISO_SHAPE.matcher(stripped).matches() ? ISO_DATE : DATE));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static boolean blank(String typed) {
        return Text.isBlank(typed);
    }
}
