package nl.keukentafel.logic.genogram.draw;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.draw.Drawing.Anchor;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;
import nl.keukentafel.logic.genogram.layout.Labels;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.PartialDate;
import nl.keukentafel.model.genogram.GenderSymbol;

/**
 * One person: the symbol (id = person key), a second outline for the index person, an X when deceased, the age
 * inside, and under it the name (two lines when long) and the years. Texts sit below the couple line so its drop
 * from the symbol never runs through them. Stateless.
 */
final class PersonSymbols {
    /** How far below the symbol centre the first text line sits (below the lowest couple line lane). */
    static final double TEXT_TOP = 50;
    static final double LINE_HEIGHT = Labels.LINE_HEIGHT;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?!.*\\d{4})");

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
            canvas.text(id + ":age", x, y + Styles.AGE_SIZE * 0.35, age(person), Styles.AGE_SIZE, Anchor.MIDDLE);
        }
        double baseline = y + TEXT_TOP;
        Labels.Name name = Labels.name(person.name());
        for (String line : name.lines()) {
            canvas.add(new Text(id + ":name", x, baseline, line, Styles.NAME_SIZE, false, Anchor.MIDDLE, Styles.TEXT,
                    name.shortened() ? name.full() : null));
            baseline += LINE_HEIGHT;
        }
        String years = years(person, options);
        boolean born = person.kind() == null || person.kind() == nl.keukentafel.model.genogram.PersonKind.PERSON;
        if (!ageInside && person.age() != null && !person.deceased() && born) {
            years = years.isEmpty() ? options.text().apply("genogram.draw.age").formatted(age(person))
                    : years + " · " + options.text().apply("genogram.draw.age").formatted(age(person));
        }
        canvas.text(id + ":years", x, baseline, years, Styles.SMALL_SIZE, Anchor.MIDDLE);
    }

    /**
     * The age as it is known: "40", or "± 40" when the family gave an estimate ("ongeveer 40") rather than a birth
     * date, so a guess never looks like a fact.
     */
    static String age(Person person) {
        boolean estimated = PartialDate.parse(person.birth()).map(read -> read.precision() == PartialDate.Precision.ESTIMATED_AGE)
                .orElse(false);
        return (estimated ? "± " : "") + person.age();
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
