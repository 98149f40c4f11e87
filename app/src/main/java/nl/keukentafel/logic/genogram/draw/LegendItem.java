package nl.keukentafel.logic.genogram.draw;

import java.util.List;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.RelationType;

/**
 * One entry of the legend: its label key and a sample drawn at full size in a 100 × 40 box centred on (x, y).
 * Only the entries a drawing uses are printed, in this order.
 */
enum LegendItem {
    MALE("genogram.legend.male"),
    FEMALE("genogram.legend.female"),
    OTHER("genogram.legend.other"),
    UNKNOWN("genogram.legend.unknown"),
    INDEX("genogram.legend.index"),
    DECEASED("genogram.legend.deceased"),
    PREGNANCY("genogram.legend.pregnancy"),
    MISCARRIAGE("genogram.legend.miscarriage"),
    ABORTION("genogram.legend.abortion"),
    STILLBIRTH("genogram.legend.stillbirth"),
    MARRIED("genogram.legend.married"),
    UNMARRIED("genogram.legend.unmarried"),
    SEPARATED("genogram.legend.separated"),
    DIVORCED("genogram.legend.divorced"),
    BIRTH_CHILD("genogram.legend.birthChild"),
    ADOPTED_CHILD("genogram.legend.adoptedChild"),
    FOSTER_CHILD("genogram.legend.fosterChild"),
    STEP_CHILD("genogram.legend.stepChild"),
    TWINS("genogram.legend.twins"),
    IDENTICAL_TWINS("genogram.legend.identicalTwins"),
    HOUSEHOLD("genogram.legend.household"),
    CLOSE("relationType.CLOSE"),
    FUSED("relationType.FUSED"),
    DISTANT("relationType.DISTANT"),
    CONFLICT("relationType.CONFLICT"),
    HOSTILE("relationType.HOSTILE"),
    CUT_OFF("relationType.CUT_OFF"),
    REPAIRED("relationType.REPAIRED"),
    ABUSE("genogram.legend.abuse"),
    NEGLECT("genogram.legend.neglect"),
    CARETAKING("genogram.legend.caretaking");

    private final String key;

    LegendItem(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static LegendItem of(SymbolShape shape, Gender gender, GenogramDrawOptions options) {
        return switch (shape) {
            case TRIANGLE -> PREGNANCY;
            case SMALL_DOT -> MISCARRIAGE;
            case SMALL_X -> ABORTION;
            case SMALL_SQUARE, SMALL_CIRCLE -> STILLBIRTH;
            case SQUARE -> gender == Gender.MALE ? MALE : genderItem(gender);
            case CIRCLE -> gender == Gender.FEMALE ? FEMALE : genderItem(gender);
            default -> genderItem(gender);
        };
    }

    private static LegendItem genderItem(Gender gender) {
        return gender == Gender.OTHER ? OTHER : UNKNOWN;
    }

    static LegendItem of(ParentLinkKind kind) {
        return switch (kind) {
            case BIRTH -> BIRTH_CHILD;
            case ADOPTIVE -> ADOPTED_CHILD;
            case FOSTER -> FOSTER_CHILD;
            case STEP -> STEP_CHILD;
        };
    }

    static LegendItem of(RelationType type) {
        return valueOf(type.name());
    }

    /** Draws the sample; {@code id} prefixes the shapes' ids. */
    void sample(Canvas canvas, String id, double x, double y, GenogramDrawOptions options) {
        double left = x - 45;
        double right = x + 45;
        switch (this) {
            case MALE -> SymbolShape.SQUARE.paint(canvas, id, x, y, 0, Styles.SYMBOL);
            case FEMALE -> SymbolShape.CIRCLE.paint(canvas, id, x, y, 0, Styles.SYMBOL);
            case OTHER -> PersonSymbols.of(options.otherSymbol()).paint(canvas, id, x, y, 0, Styles.SYMBOL);
            case UNKNOWN -> PersonSymbols.of(options.unknownSymbol()).paint(canvas, id, x, y, 0, Styles.SYMBOL);
            case INDEX -> {
                SymbolShape.SQUARE.paint(canvas, id + ":outer", x, y, 4, Styles.SYMBOL);
                SymbolShape.SQUARE.paint(canvas, id, x, y, 0, Styles.SYMBOL);
            }
            case DECEASED -> {
                SymbolShape.SQUARE.paint(canvas, id, x, y, 0, Styles.SYMBOL);
                canvas.polyline(id + ":x", Styles.LINE, x - 23, y - 23, x + 23, y + 23, x, y, x - 23, y + 23, x + 23, y - 23);
            }
            case PREGNANCY -> SymbolShape.TRIANGLE.paint(canvas, id, x, y, 0, Styles.SYMBOL);
            case MISCARRIAGE -> SymbolShape.SMALL_DOT.paint(canvas, id, x, y, 0, Styles.SYMBOL);
            case ABORTION -> SymbolShape.SMALL_X.paint(canvas, id, x, y, 0, Styles.SYMBOL);
            case STILLBIRTH -> SymbolShape.SMALL_SQUARE.paint(canvas, id, x, y, 0, Styles.SYMBOL);
            case MARRIED, UNMARRIED, SEPARATED, DIVORCED -> coupleSample(canvas, id, left, right, y);
            case BIRTH_CHILD, ADOPTED_CHILD, FOSTER_CHILD, STEP_CHILD -> {
                ParentLinkKind kind = ParentLinkKind.values()[ordinal() - BIRTH_CHILD.ordinal()];
                canvas.line(id, x, y - 20, x, y + 20, CoupleLines.childStyle(kind));
            }
            case TWINS, IDENTICAL_TWINS -> {
                canvas.polyline(id, Styles.LINE, x - 25, y + 20, x, y - 20, x + 25, y + 20);
                if (this == IDENTICAL_TWINS) {
                    canvas.line(id + ":bar", x - 12.5, y, x + 12.5, y, Styles.LINE);
                }
            }
            case HOUSEHOLD -> canvas.add(new Drawing.Rect(id, left, y - 18, 90, 36, 8, HouseholdBoundary.STYLE));
            default -> EmotionalLines.paint(canvas, id, RelationType.valueOf(name()), List.of(left, y, right, y));
        }
    }

    private void coupleSample(Canvas canvas, String id, double left, double right, double y) {
        canvas.polyline(id, this == UNMARRIED ? CoupleLines.UNMARRIED : Styles.LINE, left, y - 15, left, y + 10, right, y + 10,
                right, y - 15);
        int slashes = this == SEPARATED ? 1 : this == DIVORCED ? 2 : 0;
        CoupleLines.slashes(canvas, id, (left + right) / 2, y + 10, slashes);
    }
}
