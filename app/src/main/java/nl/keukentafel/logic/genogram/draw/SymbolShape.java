package nl.keukentafel.logic.genogram.draw;

import nl.keukentafel.logic.genogram.draw.Drawing.Anchor;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Polyline;
import nl.keukentafel.logic.genogram.draw.Drawing.Rect;
import nl.keukentafel.logic.genogram.draw.Drawing.Style;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;

/**
 * The outline of a person symbol (McGoldrick): square male, circle female, diamond / question mark / rounded square
 * for the genders the notation leaves open, triangle for a pregnancy, and the small symbols of pregnancy loss
 * (miscarriage a small filled circle, abortion a small X, stillbirth a small square or circle with an X).
 * Each symbol is one shape whose id is the person key, so hit-testing and tests find exactly one per person.
 */
enum SymbolShape {
    SQUARE, CIRCLE, DIAMOND, QUESTION_MARK, ROUNDED_SQUARE, TRIANGLE, SMALL_DOT, SMALL_X, SMALL_SQUARE, SMALL_CIRCLE;

    /** Half the width of the symbol. */
    double half() {
        return switch (this) {
            case SMALL_DOT, SMALL_X -> 8;
            case SMALL_SQUARE, SMALL_CIRCLE -> 12;
            default -> 20;
        };
    }

    boolean round() {
        return this == CIRCLE || this == SMALL_CIRCLE || this == SMALL_DOT;
    }

    /** Draws the outline centred on (x, y), {@code grow} units larger on every side (the index person's second outline). */
    void paint(Canvas canvas, String id, double x, double y, double grow, Style style) {
        double h = half() + grow;
        switch (this) {
            case SQUARE, SMALL_SQUARE -> canvas.add(new Rect(id, x - h, y - h, 2 * h, 2 * h, 0, style));
            case ROUNDED_SQUARE -> canvas.add(new Rect(id, x - h, y - h, 2 * h, 2 * h, h * 0.45, style));
            case CIRCLE, SMALL_CIRCLE -> canvas.add(new Ellipse(id, x, y, h, h, style));
            case SMALL_DOT -> canvas.add(new Ellipse(id, x, y, h, h, Styles.FILLED));
            case DIAMOND -> canvas.add(polygon(id, style, x, y - h, x + h, y, x, y + h, x - h, y));
            case TRIANGLE -> canvas.add(polygon(id, style, x, y - h, x + h, y + h * 0.8, x - h, y + h * 0.8));
            case SMALL_X -> canvas.polyline(id, Styles.LINE, x - h, y - h, x + h, y + h, x, y, x - h, y + h, x + h, y - h);
            default -> { // QUESTION_MARK
                canvas.add(new Rect(id, x - h, y - h, 2 * h, 2 * h, h * 0.45, style));
                if (grow == 0) {
                    canvas.add(new Text(id + ":mark", x, y + h * 0.45, "?", h * 1.2, true, Anchor.MIDDLE, Styles.MUTED));
                }
            }
        }
        if (grow == 0 && (this == SMALL_SQUARE || this == SMALL_CIRCLE)) {
            double d = h * 0.75;
            canvas.polyline(id + ":x", Styles.THIN, x - d, y - d, x + d, y + d, x, y, x - d, y + d, x + d, y - d);
        }
    }

    private static Polyline polygon(String id, Style style, double... points) {
        return new Polyline(id, java.util.Arrays.stream(points).boxed().toList(), true, style);
    }
}
