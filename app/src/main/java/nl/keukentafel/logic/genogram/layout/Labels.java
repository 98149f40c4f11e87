package nl.keukentafel.logic.genogram.layout;

import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.UnionEventType;

/**
 * The text under a symbol, as far as the layout must know it to keep neighbours apart: a name on one line, or two when
 * wide (broken between words or after a hyphen), and cut with "…" when even two lines are too wide — the full name then
 * goes with the label (a tooltip on the screen, a title in SVG). Widths are estimated per character from the widest
 * font the painters use (DejaVu Sans; Liberation Sans in SVG and PDF is narrower), so an estimate never falls short.
 * Stateless and thread-safe.
 */
public final class Labels {
    /** Font size of a name under a symbol. */
    public static final double NAME_SIZE = 10;
    /** Font size of the years line. */
    public static final double SMALL_SIZE = 8.5;
    /** Baseline distance of the lines under a symbol. */
    public static final double LINE_HEIGHT = 11;
    /** A name wider than this goes on two lines. */
    static final double WRAP_WIDTH = 84;
    /** No line of a name is wider than this (three symbols). */
    public static final double MAX_LINE_WIDTH = 116;
    /** The least free space between the labels of two neighbours, room for a line down between them. */
    static final double LABEL_GAP = 16;
    /** Font size of a couple's dated events above its line; they may shrink to {@link #EVENT_SIZE_LEAST}. */
    public static final double EVENT_SIZE = 8;
    public static final double EVENT_SIZE_LEAST = 6;
    /** Room the events need beside the partners' symbols and the household line around one of them (each side). */
    public static final double EVENT_MARGIN = 29;
    private static final String ELLIPSIS = "…";
    /** The widest years line the drawer writes: the deceased's "1948–2019" (wider than "geb. 2009" and "b. 2009"). */
    private static final String YEARS_SAMPLE = "0000–0000";
    private static final String AGE_SAMPLE = " · ± 00 jr";

    private Labels() {
    }

    /** A name as drawn: its lines, and whether it was cut (then {@code full} is worth showing on hover). */
    public record Name(List<String> lines, String full, boolean shortened) {
        public Name {
            lines = List.copyOf(lines);
        }
    }

    /** The estimated width of a text in layout units at a font size. */
    public static double width(String text, double size) {
        double ems = 0;
        for (int index = 0; index < text.length(); index++) {
            ems += em(text.charAt(index));
        }
        return ems * size;
    }

    /** Advance widths of DejaVu Sans, rounded up, by kind of character. */
    private static double em(char c) {
        if ("iljtfI.,;:'!|()[] ".indexOf(c) >= 0) {
            return c == ' ' ? 0.32 : 0.4;
        }
        if ("mwMW@%".indexOf(c) >= 0) {
            return 1.0;
        }
        if (Character.isUpperCase(c) || c == '±' || c == '…') {
            return 0.86;
        }
        if (Character.isDigit(c)) {
            return 0.64;
        }
        return c == 'r' || c == 's' || c == '-' ? 0.53 : 0.64;
    }

    /** The lines of a name under a symbol (empty for no name). */
    public static Name name(String name) {
        if (name == null || name.isBlank()) {
            return new Name(List.of(), "", false);
        }
        String full = name.strip().replaceAll("\\s+", " ");
        if (width(full, NAME_SIZE) <= WRAP_WIDTH) {
            return new Name(List.of(full), full, false);
        }
        List<String> pieces = pieces(full);
        // The given name alone on the first line reads best; when the rest is too wide, the most even split.
        int givenName = 1;
        while (givenName < pieces.size() && !pieces.get(givenName - 1).endsWith(" ")) {
            givenName++;
        }
        int first = givenName;
        if (givenName >= pieces.size() || width(join(pieces, givenName, pieces.size()), NAME_SIZE) > MAX_LINE_WIDTH) {
            double best = Double.MAX_VALUE;
            for (int split = 1; split < pieces.size(); split++) {
                double wider = Math.max(width(join(pieces, 0, split), NAME_SIZE), width(join(pieces, split, pieces.size()), NAME_SIZE));
                if (wider < best) {
                    best = wider;
                    first = split;
                }
            }
        }
        String one = join(pieces, 0, first);
        String two = join(pieces, first, pieces.size());
        boolean shortened = false;
        if (width(one, NAME_SIZE) > MAX_LINE_WIDTH) {
            one = cut(one);
            shortened = true;
        }
        if (width(two, NAME_SIZE) > MAX_LINE_WIDTH) {
            two = cut(two);
            shortened = true;
        }
        List<String> lines = two.isEmpty() ? List.of(one) : List.of(one, two);
        return new Name(lines, full, shortened);
    }

    /** How wide the label under a person is at most: the name's lines and the years line. */
    public static double width(FamilyGraph.Person person) {
        // The age goes under the symbol only where it does not fit inside (the question mark, a pregnancy, a small symbol).
        boolean ageOutside = person.age() != null && (person.gender() == null || person.gender() == Gender.UNKNOWN
                || person.gender() == Gender.OTHER || person.kind() != null && person.kind() != PersonKind.PERSON);
        double widest = width(YEARS_SAMPLE, SMALL_SIZE) + (ageOutside ? width(AGE_SAMPLE, SMALL_SIZE) : 0);
        for (String line : name(person.name()).lines()) {
            widest = Math.max(widest, width(line, NAME_SIZE));
        }
        return widest;
    }

    /**
     * The least distance between partners whose couple has this dated event, so its label fits between them at the
     * smallest event size. The samples are the widest abbreviation in Dutch or English ("uit elkaar", "weer samen";
     * "samenw."; the rest are as short as "gesch." or "cohab.").
     */
    public static double eventDistance(UnionEventType type) {
        String sample = switch (type) {
            case SEPARATED, RECONCILED -> "weer samen 0000";
            case COHABITING -> "samenw. 0000";
            default -> "gesch. 0000";
        };
        return width(sample, EVENT_SIZE_LEAST) + 2 * EVENT_MARGIN;
    }

    /** Words, each hyphenated part ending in its hyphen, so a line may break after a hyphen. */
    private static List<String> pieces(String full) {
        List<String> pieces = new ArrayList<>();
        for (String word : full.split(" ")) {
            int start = 0;
            for (int index = word.indexOf('-'); index > 0 && index < word.length() - 1; index = word.indexOf('-', index + 1)) {
                pieces.add(word.substring(start, index + 1));
                start = index + 1;
            }
            pieces.add(word.substring(start) + " ");
        }
        return pieces;
    }

    private static String join(List<String> pieces, int from, int to) {
        return String.join("", pieces.subList(from, to)).strip();
    }

    private static String cut(String line) {
        String shown = line;
        while (shown.length() > 1 && width(shown + ELLIPSIS, NAME_SIZE) > MAX_LINE_WIDTH) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.strip() + ELLIPSIS;
    }
}
