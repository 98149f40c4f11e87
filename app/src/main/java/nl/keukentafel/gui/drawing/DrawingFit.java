package nl.keukentafel.gui.drawing;

import nl.keukentafel.logic.genogram.draw.Drawing;

/**
 * The one rule by which the genogram and the ecogram are fitted to their window: the whole drawing in view with a
 * little room round it, never larger than {@link #MOST}; but a drawing whose text would then be smaller than a
 * genogram's names at their own size ({@link #READABLE} pixels) is shown closer, up to that size, as far as it still
 * fits in the window without the room round it (a small ecogram: its ring of contacts takes far more room than a few
 * symbols in a row, so fitted with the room its names came out tiny). Nothing is ever cut off; a large family stays an
 * overview. The text that counts is the drawing's middle text size (names, not the small print). Stateless.
 */
public final class DrawingFit {
    /** Part of the window the whole drawing takes. */
    static final double ROOM = 0.92;
    /** The largest scale a fit gives: a tiny drawing is not blown up. */
    static final double MOST = 1.5;
    /** Text height in pixels below which a fitted drawing is brought closer (a genogram name is 10 at its own size). */
    static final double READABLE = 10.5;

    private DrawingFit() {
    }

    /** The scale at which this drawing is fitted in a window of this size (pixels). */
    public static double zoom(Drawing drawing, double windowWidth, double windowHeight) {
        double width = Math.max(drawing.width(), 1);
        double height = Math.max(drawing.height(), 1);
        double exact = Math.min(windowWidth / width, windowHeight / height);
        double whole = Math.min(MOST, exact * ROOM);
        double text = middleTextSize(drawing);
        if (text <= 0 || whole * text >= READABLE) {
            return whole;
        }
        double readable = Math.min(MOST, READABLE / text);
        return readable <= exact ? readable : whole;
    }

    /** The median size of the drawing's texts; 0 when it has none. */
    static double middleTextSize(Drawing drawing) {
        double[] sizes = drawing.shapes().stream().filter(Drawing.Text.class::isInstance)
                .mapToDouble(shape -> ((Drawing.Text) shape).size()).sorted().toArray();
        return sizes.length == 0 ? 0 : sizes[sizes.length / 2];
    }
}
