package nl.keukentafel.logic.genogram.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Anchor;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.GenderSymbol;

/**
 * One person: the symbol (id = person key), a second outline for the index person, an X when deceased, the age
 * inside, and under it the name (two lines when long) and the years. Texts sit below the couple line so its drop
 * from the symbol never runs through them. Stateless.
 */
final class PersonSymbols {
    /** How far below the symbol centre the first text line sits (below the lowest couple line lane). */
    static final double TEXT_TOP = 50;
    static final double LINE_HEIGHT = 11;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?!.*\\d{4})");
    private static final int WRAP_AT = 13;

    private PersonSymbols() {
    }

    static SymbolShape shapeOf(Person person, GenogramDrawOptions options) {
        return switch (person.kind() == null ? nl.keukentafel.model.genogram.PersonKind.PERSON : person.kind()) {
            case PREGNANCY -> SymbolShape.TRIANGLE;
            case MISCARRIAGE -> SymbolShape.SMALL_DOT;
            case ABORTION -> SymbolShape.SMALL_X;
            case STILLBIRTH -> person.gender() == Gender.FEMALE ? SymbolShape.SMALL_CIRCLE : SymbolShape.SMALL_SQUARE;
            case PERSON -> switch (person.gender() == null ? Gender.UNKNOWN : person.gender()) {
                case MALE -> SymbolShape.SQUARE;
                case FEMALE -> SymbolShape.CIRCLE;
                case OTHER -> of(options.otherSymbol());
                case UNKNOWN -> of(options.unknownSymbol());
            };
        };
    }

    static SymbolShape of(GenderSymbol symbol) {
        return switch (symbol) {
            case DIAMOND -> SymbolShape.DIAMOND;
            case QUESTION_MARK -> SymbolShape.QUESTION_MARK;
            case SQUARE_ROUNDED -> SymbolShape.ROUNDED_SQUARE;
        };
    }

    static void draw(Canvas canvas, Person person, double x, double y, GenogramDrawOptions options) {
        String id = person.key().toString();
        SymbolShape shape = shapeOf(person, options);
        canvas.use(LegendItem.of(shape, person.gender(), options));
        if (person.index()) {
            shape.paint(canvas, id + ":index", x, y, 4, Styles.SYMBOL);
            canvas.use(LegendItem.INDEX);
        }
        shape.paint(canvas, id, x, y, 0, Styles.SYMBOL);
        double h = shape.half();
        if (person.deceased() && shape != SymbolShape.SMALL_X) {
            double d = h + 3;
            canvas.polyline(id + ":deceased", Styles.LINE, x - d, y - d, x + d, y + d, x, y, x - d, y + d, x + d, y - d);
            canvas.use(LegendItem.DECEASED);
        }
        // The X of the deceased would cross the number out: their years under the symbol say enough.
        boolean ageInside = person.age() != null && h >= 20 && !person.deceased() && shape != SymbolShape.QUESTION_MARK
                && shape != SymbolShape.TRIANGLE;
        if (ageInside) {
            canvas.text(id + ":age", x, y + Styles.AGE_SIZE * 0.35, person.age().toString(),
                    Styles.AGE_SIZE, Anchor.MIDDLE);
        }
        double baseline = y + TEXT_TOP;
        for (String line : nameLines(person.name())) {
            canvas.text(id + ":name", x, baseline, line, Styles.NAME_SIZE, Anchor.MIDDLE);
            baseline += LINE_HEIGHT;
        }
        String years = years(person, options);
        boolean born = person.kind() == null || person.kind() == nl.keukentafel.model.genogram.PersonKind.PERSON;
        if (!ageInside && person.age() != null && !person.deceased() && born) {
            years = years.isEmpty() ? options.text().apply("genogram.draw.age").formatted(person.age())
                    : years + " · " + options.text().apply("genogram.draw.age").formatted(person.age());
        }
        canvas.text(id + ":years", x, baseline, years, Styles.SMALL_SIZE, Anchor.MIDDLE);
    }

    /** A long name on two lines (given name, the rest), so neighbours' names do not run into each other. */
    static List<String> nameLines(String name) {
        List<String> lines = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return lines;
        }
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        if (trimmed.length() <= WRAP_AT || space < 0) {
            lines.add(trimmed);
        } else {
            lines.add(trimmed.substring(0, space));
            lines.add(trimmed.substring(space + 1));
        }
        return lines;
    }

    /** "1948–2019" for the deceased (with ? or † where a year is missing), the birth year otherwise. */
    static String years(Person person, GenogramDrawOptions options) {
        String born = year(person.birth());
        if (person.deceased()) {
            String died = year(person.death());
            return (born.isEmpty() ? "?" : born) + "–" + (died.isEmpty() ? "†" : died);
        }
        if (born.isEmpty() || person.kind() != null && person.kind() != nl.keukentafel.model.genogram.PersonKind.PERSON) {
            return born;
        }
        return options.text().apply("genogram.draw.born").formatted(born);
    }

    static String year(String date) {
        if (date == null) {
            return "";
        }
        Matcher matcher = YEAR.matcher(date);
        return matcher.find() ? matcher.group(1) : "";
    }
}
